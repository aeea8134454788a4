<?php
// Print a form's HTML (argv[1], a JSON file: html, header, dnr, footer, font) with TCPDF's writeHTML into argv[2]:
// the running header "Bilaga N" and the Dnr on every page in Header(), the page number in Footer().
require_once('/usr/share/php/tcpdf/tcpdf.php');

class BilagaPdf extends TCPDF {
    public $job;

    public function __construct($job) {
        parent::__construct('P', 'pt', 'A4', true, 'UTF-8', false);
        $this->job = $job;
        $this->tcpdflink = false;  // no "Powered by TCPDF" line: the city's prints have none
    }

    public function Header() {
        $this->SetFont($this->job['font'], '', 8);
        $this->SetY(30);
        $this->Cell(0, 10, $this->job['header'], 0, 0, 'L');
        $this->Cell(0, 10, $this->job['dnr'], 0, 0, 'R');
    }

    public function Footer() {
        $this->SetFont($this->job['font'], '', 8);
        $this->SetY(-40);
        $text = str_replace(array('{n}', '{total}'), array($this->getAliasNumPage(), $this->getAliasNbPages()),
            $this->job['footer']);
        $this->Cell(0, 10, $text, 0, 0, 'R');
    }
}

$job = json_decode(file_get_contents($argv[1]), true);
$pdf = new BilagaPdf($job);
$pdf->SetCreator('Stadens e-tjänst');
$pdf->SetTitle($job['title']);
$pdf->SetMargins(56, 70, 56);
$pdf->SetHeaderMargin(28);
$pdf->SetFooterMargin(40);
$pdf->SetAutoPageBreak(true, 60);
$pdf->SetFont($job['font'], '', $job['size']);
$pdf->AddPage();
$pdf->writeHTML($job['html'], true, false, true, false, '');
$pdf->Output($argv[2], 'F');
