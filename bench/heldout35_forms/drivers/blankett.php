<?php
// Horde_Pdf_Writer: draws the generator's rows (P, R, T; y down from the top, text in Windows-1252) on A4 pages.
spl_autoload_register(function ($c) { @include_once str_replace('_', '/', $c) . '.php'; });
$pdf = new Horde_Pdf_Writer(array('orientation' => 'P', 'unit' => 'pt', 'format' => 'A4'));
$pdf->setAutoPageBreak(false);
$pdf->setCompression(true);
$pdf->setLineWidth(0.5);
foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $row) {
    $c = explode("\t", $row, 8);
    if ($c[0] == 'P') {
        $pdf->addPage();
        $pdf->setLineWidth(0.5);
    } elseif ($c[0] == 'R') {
        list($x0, $y0, $x1, $y1) = array((float)$c[1], (float)$c[2], (float)$c[3], (float)$c[4]);
        $style = '';
        if ($c[5] != '-') { $pdf->setFillColor('gray', $c[5] / 255); $style = 'F'; }
        if ($c[6] == '1') { $style .= 'D'; }
        if ($x0 == $x1 || $y0 == $y1) { $pdf->line($x0, $y0, $x1, $y1); }
        else { $pdf->rect($x0, $y0, $x1 - $x0, $y1 - $y0, $style); }
    } elseif ($c[0] == 'T') {
        $pdf->setFont('helvetica', $c[4] == '1' ? 'B' : '', (float)$c[3]);
        $pdf->setTextColor('gray', $c[5] / 255);
        $pdf->text((float)$c[1], (float)$c[2], $c[6]);
    }
}

file_put_contents($argv[2], $pdf->getOutput());
