# Draw the tab-separated page operations of h23_layout.ops (file ARGV[0]) with Perl's PDF::API2 into ARGV[1].
# ARGV[2] names the core font family (Helvetica or Times). PDF::API2 puts y up from the foot: flipped here.
use strict;
use warnings;
use utf8;
use PDF::API2;

my ($ops, $out, $family) = @ARGV;
my $pdf = PDF::API2->new();
$pdf->info(Producer => "PDF::API2 $PDF::API2::VERSION", Title => 'Bilaga');
my %font = (
    0 => $pdf->corefont($family eq 'Times' ? 'Times-Roman' : 'Helvetica', -encode => 'cp1252'),
    1 => $pdf->corefont($family eq 'Times' ? 'Times-Bold' : 'Helvetica-Bold', -encode => 'cp1252'),
);
open(my $in, '<:encoding(UTF-8)', $ops) or die "$ops: $!";
my ($page, $height, $gfx, $text);
while (my $line = <$in>) {
    chomp $line;
    my @f = split /\t/, $line, -1;
    if ($f[0] eq 'P') {
        $page = $pdf->page();
        $page->mediabox(0, 0, $f[1], $f[2]);
        $height = $f[2];
        $gfx = $page->gfx();
        $text = $page->text();
    } elsif ($f[0] eq 'B') {
        my ($x0, $y0, $x1, $y1, $fill, $stroke) = @f[1 .. 6];
        $gfx->linewidth(0.5);
        $gfx->rect($x0, $height - $y1, $x1 - $x0, $y1 - $y0);
        if ($fill >= 0) {
            $gfx->fillcolor(sprintf('#%02x%02x%02x', ($fill * 255) x 3));
            $stroke ? $gfx->fillstroke() : $gfx->fill();
        } else {
            $gfx->stroke();
        }
    } elsif ($f[0] eq 'T') {
        my ($x, $y, $size, $bold, $grey) = @f[1 .. 5];
        my $string = join("\t", @f[6 .. $#f]);
        $text->font($font{$bold}, $size);
        $text->fillcolor(sprintf('#%02x%02x%02x', ($grey * 255) x 3));
        $text->translate($x, $height - $y);
        $text->text($string);
    }
}
$pdf->saveas($out);
