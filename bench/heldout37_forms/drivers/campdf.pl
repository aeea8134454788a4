# CAM::PDF (Perl, Debian's libcam-pdf-perl): the document grown from a one-page seed by the library itself
# (duplicatePage, setPageContent, addFont with WinAnsi, then cleanoutput: its own object numbering, xref and trailer).
# Input: one page a block ("%%PAGE w h", then the page's content stream, WinAnsi bytes); all pages share the first
# page's size.
use strict;
use warnings;
use CAM::PDF;
use CAM::PDF::Node;

my ($ops, $out) = @ARGV;
open my $in, '<:raw', $ops or die "$ops: $!";
my (@pages, $w, $h);
while (my $line = <$in>) {
    if ($line =~ /^%%PAGE ([\d.]+) ([\d.]+)/) { ($w, $h) = ($1, $2) unless defined $w; push @pages, ''; next; }
    $pages[-1] .= $line;
}
close $in;
my $seed = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
  . "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
  . "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 $w $h] /Resources << >> /Contents 4 0 R >> endobj\n"
  . "4 0 obj << /Length 0 >> stream\n\nendstream endobj\n";
my $xref = length $seed;
my @offsets;
while ($seed =~ /(\d+) 0 obj/g) { push @offsets, $-[0]; }
$seed .= "xref\n0 5\n0000000000 65535 f \n" . join('', map { sprintf "%010d 00000 n \n", $_ } @offsets)
  . "trailer << /Size 5 /Root 1 0 R >>\nstartxref\n$xref\n%%EOF\n";
my $pdf = CAM::PDF->new($seed) or die "CAM::PDF: $CAM::PDF::errstr";
$pdf->duplicatePage(1) for 2 .. @pages;
my $winansi = { Encoding => CAM::PDF::Node->new('label', 'WinAnsiEncoding'),
                                                  Subtype => CAM::PDF::Node->new('label', 'Type1') };
for my $n (1 .. @pages) {
    $pdf->setPageContent($n, $pages[$n - 1]);
    $pdf->addFont($n, 'Helvetica', 'F1', $winansi);
    $pdf->addFont($n, 'Helvetica-Bold', 'F2', $winansi);
}
$pdf->cleanoutput($out);
