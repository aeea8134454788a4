<?php
// The nineteenth generator's dompdf driver: an HTML page written by h24_producers.py rendered by Debian's dompdf,
// the page numbers added on the canvas after layout ("{PAGE_NUM}", "{PAGE_COUNT}").
//   php h24_dompdf.php IN.html OUT.pdf "FOOTER" FONT
require '/usr/share/php/dompdf/autoload.php';

use Dompdf\Dompdf;
use Dompdf\Options;

$options = new Options();
$options->set('defaultFont', $argv[4]);
$dompdf = new Dompdf($options);
$dompdf->loadHtml(file_get_contents($argv[1]), 'UTF-8');
$dompdf->setPaper('A4', 'portrait');
$dompdf->render();
$canvas = $dompdf->getCanvas();
$font = $dompdf->getFontMetrics()->getFont($argv[4]);
$canvas->page_text(470, 800, $argv[3], $font, 8.5, [0, 0, 0]);
$dompdf->addInfo('Creator', 'E-tjänst ansökan');
file_put_contents($argv[2], $dompdf->output());
