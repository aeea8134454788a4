#!/usr/bin/perl
# PDF::Create driver of the twenty-second generator's `pdfcreate_captions` family: reads h27_layout.ops lines
# (y down from the top) and writes one page a `P` page, base-14 Times in WinAnsiEncoding, rules and frames stroked.
#     perl h27_create.pl OPS PDF TITLE
use strict;
use warnings;
use Encode qw(decode encode);
use PDF::Create;

my ($source, $target, $title) = @ARGV;
my $pdf = PDF::Create->new(filename => $target, Title => decode('UTF-8', $title));
my $root = $pdf->new_page(MediaBox => $pdf->get_page_size('A4'));
my $regular = $pdf->font(BaseFont => 'Times-Roman', Encoding => 'WinAnsiEncoding');
my $bold = $pdf->font(BaseFont => 'Times-Bold', Encoding => 'WinAnsiEncoding');
my ($page, $height);
open(my $in, '<:encoding(UTF-8)', $source) or die "$source: $!";
while (my $row = <$in>) {
    chomp $row;
    my @f = split /\t/, $row, -1;
    if ($f[0] eq 'P') {
        $page = $root->new_page;
        $height = $f[2];
        $page->set_width(0.5);
    } elsif ($f[0] eq 'B') {
        my ($x0, $y0, $x1, $y1) = @f[1 .. 4];
        $page->rectangle($x0, $height - $y1, $x1 - $x0, $y1 - $y0);
        $page->stroke;
    } elsif ($f[0] eq 'L' || $f[0] eq 'D') {
        $page->line($f[1], $height - $f[2], $f[3], $height - $f[4]);
    } elsif ($f[0] eq 'T') {
        my $text = join("\t", @f[6 .. $#f]);
        $page->stringl($f[4] ? $bold : $regular, $f[3], $f[1], $height - $f[2], encode('cp1252', $text, sub { '?' }));
    }
}
close $in;
$pdf->close;
