(* CamlPDF: one page a block of the ops file ("%%PAGE w h", then the page's content stream), written by Pdfwrite
   with the standard Helvetica / Helvetica-Bold (WinAnsi) as /F1 and /F2 and each content stream Flate-compressed. *)
let read_blocks path =
  let ic = open_in_bin path in
  let blocks = ref [] and cur = Buffer.create 4096 and size = ref (595., 842.) and started = ref false in
  (try
     while true do
       let line = input_line ic in
       if String.length line > 7 && String.sub line 0 7 = "%%PAGE " then begin
         if !started then blocks := (!size, Buffer.contents cur) :: !blocks;
         Buffer.clear cur;
         started := true;
         Scanf.sscanf line "%%%%PAGE %f %f" (fun w h -> size := (w, h))
       end else begin
         Buffer.add_string cur line;
         Buffer.add_char cur '\n'
       end
     done
   with End_of_file -> ());
  close_in ic;
  if !started then blocks := (!size, Buffer.contents cur) :: !blocks;
  List.rev !blocks

let font name =
  Pdf.Dictionary [("/Type", Pdf.Name "/Font"); ("/Subtype", Pdf.Name "/Type1");
                  ("/BaseFont", Pdf.Name name); ("/Encoding", Pdf.Name "/WinAnsiEncoding")]

let () =
  let pdf = Pdf.empty () in
  let f1 = Pdf.addobj pdf (font "/Helvetica") and f2 = Pdf.addobj pdf (font "/Helvetica-Bold") in
  let resources = Pdf.Dictionary [("/Font", Pdf.Dictionary [("/F1", Pdf.Indirect f1); ("/F2", Pdf.Indirect f2)])] in
  let pages =
    List.map
      (fun ((w, h), ops) ->
        let data = Pdfio.bytes_of_string ops in
        let stream =
          Pdf.Stream (ref (Pdf.Dictionary [("/Length", Pdf.Integer (Pdfio.bytes_size data))], Pdf.Got data)) in
        Pdfcodec.encode_pdfstream pdf Pdfcodec.Flate stream;
        let blank = Pdfpage.custompage (Pdf.Array [Pdf.Real 0.; Pdf.Real 0.; Pdf.Real w; Pdf.Real h]) in
        {blank with Pdfpage.content = [stream]; Pdfpage.resources = resources})
      (read_blocks Sys.argv.(1)) in
  let pdf, root = Pdfpage.add_pagetree pages pdf in
  let pdf = Pdfpage.add_root root [] pdf in
  Pdfwrite.pdf_to_file pdf Sys.argv.(2)
