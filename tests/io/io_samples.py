"""Sample file contents written the way German Excel, Outlook and Google Contacts write them."""

from __future__ import annotations

from pathlib import Path

GERMAN_HEADER = "Anrede;Titel;Vorname;Nachname;Firma;Funktion;Straße;PLZ;Ort;Land;Telefon;Mobil;E-Mail;Geburtstag"
GERMAN_ROWS = [
    "Herr;KR Mag. Dr.;Franz;Huber;Huber GmbH;Geschäftsführer;Hauptstraße 1;1010;Wien;Österreich;01 234567;0664 1234567;f.huber@huber.at;24.12.1970",
    "Frau;DI MSc;Anna;Müller;Huber GmbH;Prokuristin;Hauptstraße 1;1010;Wien;A;;0676 7654321;anna.mueller@huber.at;01.02.1975",
    "Herrn;;Jürgen;Weiß;;;Ringstraße 5;8010;Graz;AT;+43 316 123456;;jw@weiss.at;",
    "Frau;Prof. Dr.;Renée;Groß;Straßenbau AG;Generaldirektorin;Bahnhofstraße 3;80335;München;Deutschland;089 1234567;;r.gross@strassenbau.de;1965-05-17",
]

OUTLOOK_HEADER = ('"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
                  '"Business Street","Business City","Business State","Business Postal Code","Business Country/Region",'
                  '"Home Street","Home City","Home Postal Code","Home Country/Region","Business Fax","Business Phone",'
                  '"Mobile Phone","Home Phone","E-mail Address","E-mail Type","E-mail 2 Address","Birthday","Notes","Web Page","Categories"')
OUTLOOK_ROW = ('"Dr.","Max","","Mustermann","MBA","Muster AG","Einkauf","Einkaufsleiter","Musterweg 7","Berlin","","10115",'
               '"Germany","","","","","+49 30 1234568","+49 30 1234567","+49 171 1234567","","max@muster.de","SMTP",'
               '"max.privat@gmx.de","5/17/1980","Kennt uns von der Messe","https://www.linkedin.com/in/max","Kunden;VIP"')

GOOGLE_HEADER = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
                 "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,"
                 "Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,"
                 "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,"
                 "Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
                 "Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value")
GOOGLE_ROW = ("Sabine,,Schmid,,,,Mag.a,,,,Schmid & Partner OG,Partnerin,,1979-03-08,,,* myContacts ::: Kunden,"
              "Work,sabine@schmid-partner.at,Home,sabine.schmid@gmail.com,Mobile,+43 664 5550001,Work,0512 123456,"
              "Work,,Maria-Theresien-Straße 1,Innsbruck,,,6020,Austria,,Profile,https://www.xing.com/profile/Sabine_Schmid")


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\r\n") -> Path:
    """Write *text* with CRLF lines in *encoding* (as Windows programs do)."""
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


