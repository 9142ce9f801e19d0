"""Data for the demo generator (crmdesk.demo): names, titles, places, streets, companies, texts.

Pure data, no logic. Weights are relative integers. Postal codes, cities and phone area codes
are real; street names are common ones that exist in many places of the country.
"""

from __future__ import annotations

# --- countries ---------------------------------------------------------------------------------

COUNTRY_WEIGHTS = (("AT", 60), ("DE", 30), ("CH", 10))

# --- first names: (name, weight) per country and gender ----------------------------------------

FIRST_NAMES = {
    ("AT", "m"): (
        ("Thomas", 9), ("Michael", 9), ("Andreas", 8), ("Stefan", 8), ("Christian", 8), ("Markus", 7),
        ("Martin", 7), ("Daniel", 6), ("Alexander", 6), ("Wolfgang", 6), ("Johann", 5), ("Josef", 5),
        ("Franz", 5), ("Peter", 5), ("Gerhard", 5), ("Manfred", 4), ("Helmut", 4), ("Günther", 4),
        ("Herbert", 4), ("Karl", 4), ("Harald", 4), ("Bernhard", 4), ("Florian", 5), ("Lukas", 5),
        ("Tobias", 4), ("Maximilian", 4), ("David", 4), ("Sebastian", 4), ("Philipp", 4), ("Dominik", 3),
        ("Matthias", 4), ("Georg", 3), ("Jürgen", 3), ("Reinhard", 3), ("Roland", 3), ("Robert", 3),
        ("Walter", 3), ("Erich", 2), ("Alois", 2), ("Leopold", 2), ("Ferdinand", 2), ("Rupert", 2),
        ("Jakob", 3), ("Elias", 2), ("Felix", 3), ("Paul", 3), ("Simon", 3), ("Fabian", 3), ("Patrick", 3),
        ("Mario", 3), ("René", 2), ("Clemens", 2), ("Valentin", 2), ("Konstantin", 1), ("Hannes", 2),
        ("Sepp", 1), ("Ernst", 2), ("Kurt", 2), ("Otto", 1), ("Engelbert", 1), ("Dietmar", 2),
        ("Hans-Peter", 2), ("Karl-Heinz", 1), ("Emre", 1), ("Mehmet", 1), ("Stjepan", 1), ("Milan", 1),
        ("Dragan", 1), ("Tomasz", 1), ("Jiří", 1),
    ),
    ("AT", "f"): (
        ("Sabine", 8), ("Andrea", 8), ("Claudia", 7), ("Maria", 8), ("Elisabeth", 7), ("Barbara", 6),
        ("Christina", 6), ("Katharina", 6), ("Julia", 6), ("Anna", 7), ("Sandra", 5), ("Martina", 5),
        ("Petra", 5), ("Monika", 5), ("Birgit", 5), ("Karin", 5), ("Susanne", 5), ("Gabriele", 4),
        ("Renate", 3), ("Ingrid", 3), ("Brigitte", 3), ("Helga", 3), ("Gertrude", 2), ("Hannelore", 2),
        ("Theresa", 4), ("Magdalena", 4), ("Johanna", 4), ("Sophie", 4), ("Lena", 5), ("Laura", 4),
        ("Sarah", 4), ("Lisa", 5), ("Verena", 4), ("Carina", 3), ("Bettina", 3), ("Daniela", 4),
        ("Nicole", 4), ("Stefanie", 4), ("Melanie", 3), ("Tanja", 3), ("Veronika", 3), ("Rosemarie", 2),
        ("Hildegard", 1), ("Waltraud", 2), ("Herta", 1), ("Michaela", 4), ("Christa", 2), ("Eva", 3),
        ("Viktoria", 2), ("Valentina", 2), ("Hanna", 3), ("Leonie", 2), ("Marlene", 2), ("Franziska", 2),
        ("Anna-Lena", 1), ("Marie-Theres", 1), ("Elif", 1), ("Ayşe", 1), ("Jelena", 1), ("Ivana", 1),
        ("Agnieszka", 1), ("Zuzana", 1),
    ),
    ("DE", "m"): (
        ("Thomas", 8), ("Michael", 8), ("Andreas", 7), ("Stefan", 7), ("Frank", 6), ("Jürgen", 6),
        ("Uwe", 5), ("Klaus", 5), ("Dieter", 4), ("Bernd", 4), ("Jörg", 5), ("Ralf", 5), ("Sven", 4),
        ("Torsten", 4), ("Dirk", 4), ("Matthias", 5), ("Christian", 6), ("Alexander", 5), ("Daniel", 5),
        ("Sebastian", 5), ("Jan", 5), ("Tim", 4), ("Lars", 3), ("Björn", 3), ("Sören", 2), ("Jens", 4),
        ("Holger", 3), ("Volker", 3), ("Wolfgang", 4), ("Hans-Jürgen", 2), ("Karl-Heinz", 2),
        ("Heinz", 2), ("Günter", 2), ("Horst", 2), ("Rüdiger", 2), ("Lukas", 4), ("Jonas", 4),
        ("Leon", 3), ("Finn", 3), ("Niklas", 3), ("Maximilian", 3), ("Philipp", 3), ("Felix", 3),
        ("Moritz", 3), ("Benedikt", 2), ("Ole", 2), ("Malte", 2), ("Hendrik", 2), ("Kai", 2),
        ("Till", 2), ("Marcel", 3), ("Dennis", 3), ("Kevin", 2), ("Florian", 3), ("Tobias", 3),
        ("Mustafa", 1), ("Ali", 1), ("Murat", 1), ("Piotr", 1), ("Dimitrios", 1),
    ),
    ("DE", "f"): (
        ("Sabine", 7), ("Petra", 6), ("Claudia", 6), ("Susanne", 6), ("Andrea", 6), ("Nicole", 5),
        ("Stefanie", 5), ("Katrin", 5), ("Anja", 5), ("Heike", 5), ("Silke", 4), ("Anke", 4),
        ("Birgit", 4), ("Kerstin", 4), ("Ursula", 3), ("Monika", 4), ("Renate", 3), ("Jutta", 3),
        ("Gisela", 2), ("Dörte", 1), ("Bärbel", 1), ("Christiane", 3), ("Julia", 5), ("Katharina", 5),
        ("Anna", 5), ("Lea", 4), ("Hannah", 4), ("Mia", 3), ("Lena", 4), ("Laura", 4), ("Sarah", 4),
        ("Jana", 4), ("Mareike", 3), ("Wiebke", 2), ("Frauke", 2), ("Imke", 2), ("Inga", 2),
        ("Svenja", 2), ("Franziska", 3), ("Johanna", 3), ("Charlotte", 3), ("Friederike", 2),
        ("Annika", 3), ("Miriam", 3), ("Carolin", 3), ("Melanie", 3), ("Simone", 3), ("Tanja", 3),
        ("Zeynep", 1), ("Fatma", 1), ("Katarzyna", 1), ("Olga", 1),
    ),
    ("CH", "m"): (
        ("Daniel", 7), ("Peter", 7), ("Thomas", 6), ("Martin", 6), ("Andreas", 6), ("Christian", 5),
        ("Marco", 5), ("Stefan", 5), ("Markus", 5), ("Urs", 4), ("Beat", 4), ("Reto", 4), ("Jürg", 3),
        ("Hansruedi", 2), ("Ruedi", 2), ("Ueli", 2), ("Roger", 3), ("René", 3), ("Bruno", 3),
        ("Patrick", 3), ("Lukas", 4), ("Simon", 4), ("David", 4), ("Fabian", 3), ("Dominik", 3),
        ("Mathias", 3), ("Adrian", 3), ("Pascal", 3), ("Remo", 2), ("Res", 1), ("Andri", 2),
        ("Gian", 2), ("Luca", 3), ("Noah", 2), ("Levin", 1), ("Silvan", 2), ("Cyrill", 1),
        ("Severin", 1), ("Walter", 2), ("Hans", 2), ("Fritz", 1), ("Kurt", 2),
    ),
    ("CH", "f"): (
        ("Sandra", 6), ("Barbara", 5), ("Nicole", 5), ("Daniela", 5), ("Monika", 4), ("Ursula", 4),
        ("Regula", 3), ("Verena", 3), ("Ruth", 3), ("Esther", 3), ("Brigitte", 3), ("Corinne", 3),
        ("Nadine", 4), ("Fabienne", 3), ("Chantal", 2), ("Seraina", 2), ("Ladina", 2), ("Sabrina", 3),
        ("Manuela", 3), ("Priska", 2), ("Rahel", 2), ("Andrea", 4), ("Karin", 3), ("Claudia", 4),
        ("Anna", 4), ("Laura", 4), ("Lara", 3), ("Mia", 2), ("Lea", 3), ("Sara", 3), ("Jasmin", 3),
        ("Martina", 3), ("Cornelia", 2), ("Vreni", 1), ("Heidi", 2), ("Margrit", 1), ("Elisabeth", 2),
    ),
}

# unisex first names for persons of gender "d" or "unknown"
NEUTRAL_FIRST_NAMES = (
    ("Alex", 4), ("Kim", 3), ("Robin", 3), ("Sascha", 3), ("Maxi", 2), ("Toni", 2), ("Luca", 2),
    ("Chris", 3), ("Sam", 2), ("Jo", 1), ("Kai", 2), ("Nikola", 1), ("Andrea", 2), ("Michi", 1),
    ("Charlie", 1), ("Jona", 1), ("Mika", 1), ("Noa", 1),
)

# --- last names: (name, weight) per country ---------------------------------------------------

LAST_NAMES = {
    "AT": (
        ("Gruber", 14), ("Huber", 13), ("Bauer", 12), ("Wagner", 11), ("Müller", 11), ("Pichler", 9),
        ("Steiner", 9), ("Moser", 9), ("Mayer", 8), ("Hofer", 8), ("Leitner", 8), ("Berger", 8),
        ("Fuchs", 7), ("Eder", 7), ("Fischer", 7), ("Schmid", 7), ("Winkler", 7), ("Weber", 7),
        ("Schwarz", 6), ("Maier", 6), ("Schneider", 6), ("Reiter", 6), ("Mayr", 6), ("Schmidt", 6),
        ("Wimmer", 6), ("Egger", 6), ("Brunner", 6), ("Lang", 5), ("Baumgartner", 5), ("Auer", 5),
        ("Binder", 5), ("Lechner", 5), ("Wolf", 5), ("Wallner", 5), ("Aigner", 5), ("Ebner", 5),
        ("Koller", 5), ("Lehner", 5), ("Haas", 5), ("Schuster", 5), ("Holzer", 4), ("Hölzl", 4),
        ("Köhler", 3), ("Jäger", 4), ("Weiß", 5), ("Groß", 4), ("Strauß", 3), ("Fößl", 2),
        ("Bäumler", 2), ("Pölzl", 3), ("Höller", 3), ("Gößler", 2), ("Rößler", 2), ("Knöbl", 2),
        ("Jöbstl", 2), ("Hütter", 2), ("Pöll", 2), ("Größbacher", 1), ("Schöberl", 2), ("Pröll", 2),
        ("Kössler", 2), ("Stöger", 3), ("Mühlbacher", 2), ("Grünwald", 2), ("Sommerauer", 2),
        ("Zöhrer", 2), ("Pötzl", 1), ("Wöginger", 1), ("Ortner", 4), ("Kofler", 4), ("Hackl", 4),
        ("Riedl", 4), ("Kainz", 4), ("Stadler", 4), ("Haider", 5), ("Lindner", 4), ("Schober", 4),
        ("Hofbauer", 4), ("Kogler", 3), ("Rainer", 3), ("Posch", 3), ("Brandstätter", 3), ("Karner", 3),
        ("Pfeiffer", 3), ("Zauner", 3), ("Prinz", 3), ("Unterberger", 2), ("Oberhuber", 2),
        ("Grabner", 3), ("Kaufmann", 3), ("Hofmann", 3), ("Strasser", 3), ("Pichlmayr", 1),
        ("Öztürk", 2), ("Yılmaz", 2), ("Kaya", 1), ("Nowak", 2), ("Novák", 1), ("Horváth", 2),
        ("Kovačević", 1), ("Petrović", 2), ("Jovanović", 1), ("Dvořák", 1), ("Babić", 1), ("Wójcik", 1),
    ),
    "DE": (
        ("Müller", 14), ("Schmidt", 12), ("Schneider", 10), ("Fischer", 10), ("Weber", 9), ("Meyer", 9),
        ("Wagner", 8), ("Becker", 8), ("Schulz", 8), ("Hoffmann", 8), ("Schäfer", 7), ("Koch", 7),
        ("Bauer", 7), ("Richter", 7), ("Klein", 7), ("Wolf", 6), ("Schröder", 6), ("Neumann", 6),
        ("Schwarz", 6), ("Zimmermann", 6), ("Braun", 6), ("Krüger", 6), ("Hofmann", 5), ("Hartmann", 5),
        ("Lange", 5), ("Schmitt", 5), ("Werner", 5), ("Schmitz", 5), ("Krause", 5), ("Meier", 5),
        ("Lehmann", 5), ("Schmid", 5), ("Schulze", 5), ("Maier", 5), ("Köhler", 5), ("Herrmann", 5),
        ("König", 5), ("Walter", 4), ("Mayer", 4), ("Huber", 4), ("Kaiser", 4), ("Fuchs", 4),
        ("Peters", 4), ("Lang", 4), ("Scholz", 4), ("Möller", 4), ("Weiß", 4), ("Jung", 4), ("Hahn", 4),
        ("Schubert", 4), ("Vogel", 4), ("Friedrich", 4), ("Keller", 4), ("Günther", 4), ("Frank", 4),
        ("Berger", 3), ("Winkler", 3), ("Roth", 3), ("Beck", 3), ("Lorenz", 3), ("Baumann", 3),
        ("Franke", 3), ("Albrecht", 3), ("Schuster", 3), ("Simon", 3), ("Ludwig", 3), ("Böhm", 3),
        ("Winter", 3), ("Kraus", 3), ("Schumacher", 3), ("Krämer", 3), ("Vogt", 3), ("Stein", 3),
        ("Jäger", 3), ("Otto", 3), ("Sommer", 3), ("Groß", 3), ("Seidel", 3), ("Heinrich", 3),
        ("Brandt", 3), ("Haas", 3), ("Schreiber", 3), ("Graf", 3), ("Dietrich", 3), ("Ziegler", 3),
        ("Kuhn", 3), ("Kühn", 2), ("Pohl", 2), ("Engel", 2), ("Horn", 2), ("Busch", 2), ("Bergmann", 2),
        ("Voigt", 2), ("Sauer", 2), ("Arnold", 2), ("Wolff", 2), ("Pfeiffer", 2), ("Jansen", 2),
        ("Hansen", 2), ("Thomsen", 1), ("Petersen", 2), ("Brückner", 2), ("Göbel", 2), ("Schüler", 2),
        ("Hübner", 2), ("Förster", 2), ("Jürgens", 1), ("Lübke", 1), ("Strauß", 2), ("Bäumler", 1),
        ("Öztürk", 2), ("Yılmaz", 2), ("Kaya", 2), ("Demir", 1), ("Nowak", 1), ("Kowalski", 1),
        ("Wiśniewski", 1), ("Papadopoulos", 1),
    ),
    "CH": (
        ("Müller", 12), ("Meier", 9), ("Schmid", 9), ("Keller", 8), ("Weber", 8), ("Huber", 7),
        ("Schneider", 7), ("Meyer", 7), ("Steiner", 6), ("Fischer", 6), ("Gerber", 6), ("Brunner", 6),
        ("Baumann", 6), ("Frei", 5), ("Zimmermann", 5), ("Moser", 5), ("Widmer", 5), ("Wyss", 5),
        ("Graf", 4), ("Roth", 4), ("Kälin", 3), ("Bühler", 4), ("Suter", 4), ("Lüthi", 3), ("Rüegg", 3),
        ("Schürch", 2), ("Hänni", 2), ("Flückiger", 2), ("Bösch", 2), ("Zürcher", 3), ("Märki", 2),
        ("Nägeli", 2), ("Brändli", 2), ("Stäheli", 2), ("Kühne", 2), ("Gisler", 2), ("Odermatt", 2),
        ("Amstutz", 2), ("Aebischer", 2), ("Ammann", 3), ("Bachmann", 4), ("Hofmann", 3), ("Kaufmann", 3),
        ("Sutter", 3), ("Egli", 3), ("Marti", 3), ("Lehmann", 3), ("Bucher", 3), ("Häfliger", 2),
        ("Zbinden", 2), ("Hürlimann", 2), ("Gächter", 1), ("Inäbnit", 1), ("Weiss", 2), ("Gross", 2),
        ("Kovačević", 1), ("Berisha", 1),
    ),
}

# nobility particles: (particle, last name), rare; DE most, CH some, AT very few
PARTICLE_NAMES = {
    "AT": (("von", "Trapp"), ("von", "Harrach"), ("von", "Schönborn"), ("zu", "Liechtenstein"),
           ("van der", "Heyden"), ("von", "Thurn-Valsassina"), ("de", "Roo")),
    "DE": (("von", "Bülow"), ("von", "Stein"), ("von", "Arnim"), ("von der", "Lippe"), ("zu", "Salm"),
           ("von und zu", "Aufseß"), ("von", "Weizsäcker"), ("van der", "Linden"), ("van", "Beek"),
           ("von", "Hohenlohe"), ("zu", "Dohna"), ("von", "Berlepsch"), ("von der", "Heydt"),
           ("van der", "Meulen")),
    "CH": (("von", "Wattenwyl"), ("von", "Arx"), ("von", "Graffenried"), ("de", "Meuron"),
           ("von", "Salis"), ("von", "Planta"), ("von", "Matt"), ("von", "Rotz")),
}
PARTICLE_SHARE = {"AT": 0.003, "DE": 0.02, "CH": 0.015}

# --- titles --------------------------------------------------------------------------------------
# (titles_pre, titles_post, weight per 1000 persons of the country; the first entry, no title, gets
# the rest). Men and women differ only in the written forms below (FEMININE_FORMS), used for a share
# of women. AT: Mag./Mag.a ~12 %, Dr./Dr.in ~6 %, DI/Dipl.-Ing. ~5 %, Ing. ~6 %, post-nominal ~8 %.

TITLES = {
    "AT": (
        ((), (), 0),  # the rest (filled in by the generator)
        (("Mag.",), (), 100), (("Mag.",), ("MBA",), 8), (("Mag.",), ("MSc",), 4), (("Mag.", "Dr."), (), 7),
        (("Ing.", "Mag."), (), 3), (("Prof.", "Mag."), (), 2),
        (("Dr.",), (), 46), (("Dr.",), ("MBA",), 2), (("Univ.-Prof.", "Dr."), (), 2), (("Dr.",), ("MSc",), 2),
        (("DI",), (), 25), (("Dipl.-Ing.",), (), 17), (("DI",), ("MBA",), 3), (("DI", "Dr."), (), 4),
        (("Ing.",), (), 45), (("Ing.",), ("BSc",), 6), (("Ing.",), ("MSc",), 3),
        (("MMag.",), (), 8), (("DDr.",), (), 4), (("Mag. (FH)",), (), 6), (("DI (FH)",), (), 6),
        (("Prof.",), (), 2), (("Bakk.",), (), 2),
        ((), ("BA",), 16), ((), ("BSc",), 10), ((), ("MSc",), 10), ((), ("MBA",), 8), ((), ("MA",), 6),
        ((), ("LL.M.",), 4), ((), ("PhD",), 3), ((), ("BEd",), 3), ((), ("BA", "MA"), 2),
    ),
    "DE": (
        ((), (), 0),
        (("Dr.",), (), 62), (("Prof.", "Dr."), (), 9), (("Dr. med.",), (), 10), (("Dr.-Ing.",), (), 9),
        (("Dr. rer. nat.",), (), 4), (("Dr. jur.",), (), 3), (("Dipl.-Kfm.",), (), 20),
        (("Dipl.-Ing.",), (), 22), (("Dipl.-Inf.",), (), 6), (("Dipl.-Betriebsw. (FH)",), (), 5),
        ((), ("M.Sc.",), 10), ((), ("MBA",), 10), ((), ("B.A.",), 8), ((), ("LL.M.",), 6), ((), ("M.A.",), 6),
    ),
    "CH": (
        ((), (), 0),
        (("Dr.",), (), 36), (("lic. iur.",), (), 12), (("lic. oec.",), (), 6), (("lic. phil.",), (), 5),
        (("Prof.", "Dr."), (), 5), (("Dr. med.",), (), 5), (("Dr. iur.",), (), 4), (("Dr. phil.",), (), 3),
        ((), ("MBA",), 10), ((), ("MSc",), 8), ((), ("LL.M.",), 4), ((), ("MAS",), 3),
    ),
}
# degrees whose holder's gender is part of the name: always the feminine form for women
FEMALE_DEGREES = {"Dipl.-Kfm.": "Dipl.-Kffr."}
# optional written feminine forms (AT), used for about a third of the women with such a title
FEMININE_FORMS = {
    "Mag.": "Mag.a", "Dr.": "Dr.in", "DI": "DIin",
    "Mag. (FH)": "Mag.a (FH)", "MMag.": "MMag.a", "DDr.": "DDr.in",
}
FEMININE_SHARE = {"AT": 0.35, "DE": 0.0, "CH": 0.0}

# honorary titles (AT professional titles); weight per 1000 AT persons, with feminine form
HONORARY_TITLES = (
    ("KR", "KR", 9), ("Kommerzialrat", "Kommerzialrätin", 6), ("Hofrat", "Hofrätin", 3),
    ("HR", "HR", 1), ("Regierungsrat", "Regierungsrätin", 2), ("Medizinalrat", "Medizinalrätin", 1),
    ("Ökonomierat", "Ökonomierätin", 1), ("Studienrat", "Studienrätin", 1),
)
HONORARY_SHARE = {"AT": 0.024, "DE": 0.0, "CH": 0.0}

# --- places: (postal code, city, phone area code, weight) --------------------------------------

VIENNA = tuple((f"1{d:02d}0", "Wien", "1", w) for d, w in zip(range(1, 24), (
    8, 5, 6, 3, 3, 3, 4, 2, 4, 6, 4, 4, 3, 5, 4, 5, 4, 4, 4, 5, 6, 7, 4)))

PLACES = {
    "AT": VIENNA + (
        ("8010", "Graz", "316", 18), ("8020", "Graz", "316", 8), ("8036", "Graz", "316", 3),
        ("8041", "Graz", "316", 3), ("8042", "Graz", "316", 3), ("8045", "Graz", "316", 2),
        ("8051", "Graz", "316", 3), ("8054", "Graz", "316", 2),
        ("4020", "Linz", "732", 18), ("4030", "Linz", "732", 4), ("4040", "Linz", "732", 5),
        ("5020", "Salzburg", "662", 20), ("6020", "Innsbruck", "512", 18), ("9020", "Klagenfurt", "463", 12),
        ("9500", "Villach", "4242", 7), ("3100", "St. Pölten", "2742", 8), ("6850", "Dornbirn", "5572", 6),
        ("6900", "Bregenz", "5574", 4), ("6800", "Feldkirch", "5522", 4), ("4600", "Wels", "7242", 7),
        ("4400", "Steyr", "7252", 5), ("2700", "Wiener Neustadt", "2622", 6), ("8700", "Leoben", "3842", 3),
        ("3500", "Krems an der Donau", "2732", 3), ("2500", "Baden", "2252", 4), ("2340", "Mödling", "2236", 4),
        ("3300", "Amstetten", "7472", 3), ("6330", "Kufstein", "5372", 3), ("6130", "Schwaz", "5242", 2),
        ("9900", "Lienz", "4852", 2), ("7000", "Eisenstadt", "2682", 3), ("5400", "Hallein", "6245", 2),
        ("5700", "Zell am See", "6542", 2), ("4820", "Bad Ischl", "6132", 2), ("4810", "Gmunden", "7612", 2),
        ("4840", "Vöcklabruck", "7672", 2), ("4910", "Ried im Innkreis", "7752", 2), ("4050", "Traun", "7229", 2),
        ("4060", "Leonding", "732", 2), ("3430", "Tulln an der Donau", "2272", 2),
        ("3400", "Klosterneuburg", "2243", 3), ("2380", "Perchtoldsdorf", "1", 2), ("2320", "Schwechat", "1", 2),
        ("9800", "Spittal an der Drau", "4762", 2), ("8160", "Weiz", "3172", 2), ("8200", "Gleisdorf", "3112", 2),
        ("8430", "Leibnitz", "3452", 2), ("8230", "Hartberg", "3332", 1), ("7400", "Oberwart", "3352", 1),
        ("8605", "Kapfenberg", "3862", 2), ("9400", "Wolfsberg", "4352", 1), ("2020", "Hollabrunn", "2952", 1),
        ("6410", "Telfs", "5262", 1), ("6300", "Wörgl", "5332", 1), ("5500", "Bischofshofen", "6462", 1),
    ),
    "DE": (
        ("80331", "München", "89", 8), ("80333", "München", "89", 4), ("80335", "München", "89", 3),
        ("80469", "München", "89", 3), ("80539", "München", "89", 2), ("80634", "München", "89", 2),
        ("80799", "München", "89", 2), ("81241", "München", "89", 2), ("81369", "München", "89", 2),
        ("81541", "München", "89", 2), ("81667", "München", "89", 2), ("81925", "München", "89", 2),
        ("10115", "Berlin", "30", 6), ("10117", "Berlin", "30", 4), ("10178", "Berlin", "30", 3),
        ("10243", "Berlin", "30", 3), ("10435", "Berlin", "30", 3), ("10551", "Berlin", "30", 2),
        ("10585", "Berlin", "30", 2), ("10627", "Berlin", "30", 2), ("10777", "Berlin", "30", 2),
        ("10969", "Berlin", "30", 2), ("12043", "Berlin", "30", 2), ("13353", "Berlin", "30", 2),
        ("14193", "Berlin", "30", 1),
        ("20095", "Hamburg", "40", 6), ("20097", "Hamburg", "40", 2), ("20144", "Hamburg", "40", 2),
        ("20354", "Hamburg", "40", 2), ("20457", "Hamburg", "40", 2), ("22041", "Hamburg", "40", 2),
        ("22767", "Hamburg", "40", 2),
        ("50667", "Köln", "221", 6), ("50670", "Köln", "221", 2), ("50672", "Köln", "221", 2),
        ("50823", "Köln", "221", 2), ("51063", "Köln", "221", 1),
        ("60311", "Frankfurt am Main", "69", 6), ("60313", "Frankfurt am Main", "69", 2),
        ("60322", "Frankfurt am Main", "69", 2), ("60325", "Frankfurt am Main", "69", 2),
        ("60487", "Frankfurt am Main", "69", 1), ("60594", "Frankfurt am Main", "69", 1),
        ("70173", "Stuttgart", "711", 6), ("70174", "Stuttgart", "711", 2), ("70178", "Stuttgart", "711", 2),
        ("70190", "Stuttgart", "711", 1), ("70469", "Stuttgart", "711", 1), ("70597", "Stuttgart", "711", 1),
        ("40213", "Düsseldorf", "211", 5), ("40210", "Düsseldorf", "211", 2), ("40212", "Düsseldorf", "211", 2),
        ("40476", "Düsseldorf", "211", 1), ("40545", "Düsseldorf", "211", 1),
        ("90402", "Nürnberg", "911", 5), ("90403", "Nürnberg", "911", 2), ("90408", "Nürnberg", "911", 1),
        ("90429", "Nürnberg", "911", 1), ("90459", "Nürnberg", "911", 1), ("90489", "Nürnberg", "911", 1),
        ("04109", "Leipzig", "341", 4), ("01067", "Dresden", "351", 4), ("30159", "Hannover", "511", 4),
        ("28195", "Bremen", "421", 3), ("45127", "Essen", "201", 3), ("44135", "Dortmund", "231", 3),
        ("53111", "Bonn", "228", 3), ("48143", "Münster", "251", 3), ("86150", "Augsburg", "821", 4),
        ("93047", "Regensburg", "941", 3), ("79098", "Freiburg im Breisgau", "761", 3),
        ("69117", "Heidelberg", "6221", 2), ("68159", "Mannheim", "621", 3), ("76133", "Karlsruhe", "721", 3),
        ("55116", "Mainz", "6131", 2), ("65183", "Wiesbaden", "611", 2), ("97070", "Würzburg", "931", 2),
        ("89073", "Ulm", "731", 2), ("94032", "Passau", "851", 2), ("83022", "Rosenheim", "8031", 3),
        ("85049", "Ingolstadt", "841", 2), ("24103", "Kiel", "431", 2), ("23552", "Lübeck", "451", 2),
        ("18055", "Rostock", "381", 1), ("99084", "Erfurt", "361", 2), ("37073", "Göttingen", "551", 1),
        ("49074", "Osnabrück", "541", 1), ("33602", "Bielefeld", "521", 2), ("52062", "Aachen", "241", 2),
        ("66111", "Saarbrücken", "681", 1), ("78462", "Konstanz", "7531", 1),
        ("88131", "Lindau (Bodensee)", "8382", 1), ("82467", "Garmisch-Partenkirchen", "8821", 1),
        ("83435", "Bad Reichenhall", "8651", 1), ("87435", "Kempten (Allgäu)", "831", 1),
        ("90762", "Fürth", "911", 1), ("91052", "Erlangen", "9131", 2), ("96047", "Bamberg", "951", 1),
        ("95444", "Bayreuth", "921", 1), ("84028", "Landshut", "871", 1), ("82319", "Starnberg", "8151", 1),
    ),
    "CH": (
        ("8001", "Zürich", "44", 10), ("8002", "Zürich", "44", 3), ("8003", "Zürich", "44", 2),
        ("8004", "Zürich", "44", 3), ("8005", "Zürich", "44", 3), ("8006", "Zürich", "44", 2),
        ("8008", "Zürich", "44", 3), ("8032", "Zürich", "44", 2), ("8037", "Zürich", "44", 1),
        ("8045", "Zürich", "44", 1), ("8050", "Zürich", "44", 2), ("8055", "Zürich", "44", 1),
        ("8400", "Winterthur", "52", 5), ("3011", "Bern", "31", 6), ("3012", "Bern", "31", 2),
        ("3013", "Bern", "31", 2), ("3005", "Bern", "31", 1), ("3007", "Bern", "31", 1),
        ("4051", "Basel", "61", 6), ("4052", "Basel", "61", 2), ("4053", "Basel", "61", 2),
        ("4056", "Basel", "61", 1), ("4057", "Basel", "61", 1),
        ("6003", "Luzern", "41", 5), ("6004", "Luzern", "41", 2), ("6005", "Luzern", "41", 1),
        ("9000", "St. Gallen", "71", 5), ("9008", "St. Gallen", "71", 1), ("6300", "Zug", "41", 5),
        ("6340", "Baar", "41", 2), ("7000", "Chur", "81", 3), ("8200", "Schaffhausen", "52", 2),
        ("5000", "Aarau", "62", 3), ("5400", "Baden", "56", 2), ("4600", "Olten", "62", 2),
        ("4500", "Solothurn", "32", 2), ("3600", "Thun", "33", 2), ("8500", "Frauenfeld", "52", 2),
        ("8640", "Rapperswil-Jona", "55", 2), ("8610", "Uster", "44", 2), ("8600", "Dübendorf", "44", 1),
        ("8820", "Wädenswil", "44", 1), ("8280", "Kreuzlingen", "71", 1), ("9500", "Wil SG", "71", 1),
        ("9100", "Herisau", "71", 1), ("7270", "Davos Platz", "81", 1), ("3800", "Interlaken", "33", 1),
        ("4410", "Liestal", "61", 1), ("8302", "Kloten", "44", 1), ("6430", "Schwyz", "41", 1),
        ("6060", "Sarnen", "41", 1), ("9050", "Appenzell", "71", 1), ("8750", "Glarus", "55", 1),
    ),
}

# register courts: AT Firmenbuch court per city (default Landesgericht of the federal state)
AT_COURTS = {
    "Wien": "Handelsgericht Wien", "Graz": "Landesgericht für ZRS Graz", "Linz": "Landesgericht Linz",
    "Salzburg": "Landesgericht Salzburg", "Innsbruck": "Landesgericht Innsbruck",
    "Klagenfurt": "Landesgericht Klagenfurt", "St. Pölten": "Landesgericht St. Pölten",
    "Dornbirn": "Landesgericht Feldkirch", "Bregenz": "Landesgericht Feldkirch", "Feldkirch": "Landesgericht Feldkirch",
    "Wels": "Landesgericht Wels", "Steyr": "Landesgericht Steyr", "Wiener Neustadt": "Landesgericht Wiener Neustadt",
    "Leoben": "Landesgericht Leoben", "Krems an der Donau": "Landesgericht Krems an der Donau",
    "Eisenstadt": "Landesgericht Eisenstadt", "Ried im Innkreis": "Landesgericht Ried im Innkreis",
    "Villach": "Landesgericht Klagenfurt", "Spittal an der Drau": "Landesgericht Klagenfurt",
    "Wolfsberg": "Landesgericht Klagenfurt", "Baden": "Landesgericht Wiener Neustadt",
    "Mödling": "Landesgericht Wiener Neustadt", "Perchtoldsdorf": "Landesgericht Wiener Neustadt",
    "Amstetten": "Landesgericht St. Pölten", "Tulln an der Donau": "Landesgericht St. Pölten",
    "Klosterneuburg": "Landesgericht Korneuburg", "Schwechat": "Landesgericht Korneuburg",
    "Hollabrunn": "Landesgericht Korneuburg", "Kufstein": "Landesgericht Innsbruck", "Schwaz": "Landesgericht Innsbruck",
    "Lienz": "Landesgericht Innsbruck", "Telfs": "Landesgericht Innsbruck", "Wörgl": "Landesgericht Innsbruck",
    "Hallein": "Landesgericht Salzburg", "Zell am See": "Landesgericht Salzburg", "Bischofshofen": "Landesgericht Salzburg",
    "Bad Ischl": "Landesgericht Wels", "Gmunden": "Landesgericht Wels", "Vöcklabruck": "Landesgericht Wels",
    "Traun": "Landesgericht Linz", "Leonding": "Landesgericht Linz", "Weiz": "Landesgericht für ZRS Graz",
    "Gleisdorf": "Landesgericht für ZRS Graz", "Leibnitz": "Landesgericht für ZRS Graz",
    "Hartberg": "Landesgericht für ZRS Graz", "Kapfenberg": "Landesgericht Leoben", "Oberwart": "Landesgericht Eisenstadt",
}
AT_DEFAULT_COURT = "Landesgericht St. Pölten"
DE_COURTS = {
    "München": "Amtsgericht München", "Berlin": "Amtsgericht Charlottenburg", "Hamburg": "Amtsgericht Hamburg",
    "Köln": "Amtsgericht Köln", "Frankfurt am Main": "Amtsgericht Frankfurt am Main",
    "Stuttgart": "Amtsgericht Stuttgart", "Düsseldorf": "Amtsgericht Düsseldorf", "Nürnberg": "Amtsgericht Nürnberg",
    "Leipzig": "Amtsgericht Leipzig", "Dresden": "Amtsgericht Dresden", "Hannover": "Amtsgericht Hannover",
    "Bremen": "Amtsgericht Bremen", "Essen": "Amtsgericht Essen", "Dortmund": "Amtsgericht Dortmund",
    "Bonn": "Amtsgericht Bonn", "Augsburg": "Amtsgericht Augsburg", "Regensburg": "Amtsgericht Regensburg",
    "Freiburg im Breisgau": "Amtsgericht Freiburg", "Mannheim": "Amtsgericht Mannheim",
    "Heidelberg": "Amtsgericht Mannheim", "Karlsruhe": "Amtsgericht Mannheim", "Rosenheim": "Amtsgericht Traunstein",
}
DE_DEFAULT_COURT = "Amtsgericht München"
CH_CANTONS = {
    "Zürich": "Zürich", "Winterthur": "Zürich", "Uster": "Zürich", "Dübendorf": "Zürich", "Wädenswil": "Zürich",
    "Kloten": "Zürich", "Bern": "Bern", "Thun": "Bern", "Interlaken": "Bern", "Basel": "Basel-Stadt",
    "Liestal": "Basel-Landschaft", "Luzern": "Luzern", "St. Gallen": "St. Gallen", "Rapperswil-Jona": "St. Gallen",
    "Wil SG": "St. Gallen", "Zug": "Zug", "Baar": "Zug", "Chur": "Graubünden", "Davos Platz": "Graubünden",
    "Schaffhausen": "Schaffhausen", "Aarau": "Aargau", "Baden": "Aargau", "Olten": "Solothurn",
    "Solothurn": "Solothurn", "Frauenfeld": "Thurgau", "Kreuzlingen": "Thurgau", "Herisau": "Appenzell Ausserrhoden",
    "Appenzell": "Appenzell Innerrhoden", "Schwyz": "Schwyz", "Sarnen": "Obwalden", "Glarus": "Glarus",
}

# --- streets -----------------------------------------------------------------------------------

STREETS_AT = (
    "Hauptstraße", "Bahnhofstraße", "Kirchengasse", "Schulgasse", "Mühlgasse", "Lindenweg", "Gartenweg",
    "Wiener Straße", "Linzer Straße", "Grazer Straße", "Salzburger Straße", "Dorfstraße", "Feldgasse",
    "Rosenweg", "Industriestraße", "Hauptplatz", "Marktplatz", "Rathausplatz", "Kaiserstraße", "Herrengasse",
    "Schillerstraße", "Goethestraße", "Mozartstraße", "Beethovengasse", "Haydngasse", "Schubertstraße",
    "Raiffeisenstraße", "Gewerbestraße", "Am Anger", "Siedlungsstraße", "Wiesenweg", "Sonnenweg",
    "Birkenweg", "Ahornweg", "Kastanienallee", "Lerchenfelder Straße", "Favoritenstraße", "Mariahilfer Straße",
    "Wiedner Hauptstraße", "Währinger Straße", "Praterstraße", "Taborstraße", "Landstraßer Hauptstraße",
    "Brünner Straße", "Triester Straße", "Neubaugasse", "Josefstädter Straße", "Schottenring",
    "Annenstraße", "Sporgasse", "Landstraße", "Herrenstraße", "Getreidegasse", "Maria-Theresien-Straße",
    "Museumstraße", "Alter Platz", "Bahnhofplatz", "Kapuzinergasse", "Kreuzgasse", "Florianigasse",
    "Leopoldsgasse", "Stiftsgasse", "Badgasse", "Spitalgasse", "Gußhausstraße", "Weißgerberlände",
    "Große Neugasse", "Obere Donaustraße", "Ringstraße", "Lastenstraße", "Bäckerstraße", "Fleischmarkt",
)
STREETS_DE = (
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Lindenstraße",
    "Kirchstraße", "Bergstraße", "Goethestraße", "Schillerstraße", "Waldstraße", "Ringstraße",
    "Friedrichstraße", "Kaiserstraße", "Marktplatz", "Am Markt", "Mühlenweg", "Birkenweg", "Am Sportplatz",
    "Industriestraße", "Königstraße", "Leopoldstraße", "Maximilianstraße", "Sendlinger Straße",
    "Hafenstraße", "Poststraße", "Wilhelmstraße", "Bismarckstraße", "Beethovenstraße", "Mozartstraße",
    "Am Mühlbach", "Talstraße", "Feldweg", "Rosenstraße", "Uhlandstraße", "Blumenstraße", "Parkstraße",
    "Kantstraße", "Hansaring", "Mönckebergstraße", "Breite Straße", "Neue Straße", "Lange Straße",
    "Am Rathaus", "Rathausplatz", "Domplatz", "Gutenbergstraße", "Siemensstraße", "Daimlerstraße",
    "Robert-Bosch-Straße", "Carl-Zeiss-Straße", "Otto-Hahn-Straße", "Am Stadtpark", "Weißenburger Straße",
    "Große Bleichen", "Jungfernstieg", "Ludwigstraße", "Karlstraße", "Augustenstraße", "Theresienstraße",
)
STREETS_CH = (
    "Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Kirchgasse", "Seestrasse", "Industriestrasse",
    "Schulhausstrasse", "Poststrasse", "Marktgasse", "Spitalgasse", "Rosenweg", "Birkenweg",
    "Sonnenbergstrasse", "Rathausplatz", "Limmatquai", "Zürcherstrasse", "Bernstrasse", "Luzernerstrasse",
    "Baselstrasse", "Badenerstrasse", "Seefeldstrasse", "Forchstrasse", "Gartenstrasse", "Feldstrasse",
    "Rütistrasse", "Bergstrasse", "Weinbergstrasse", "Mühlebachstrasse", "Kramgasse", "Gerechtigkeitsgasse",
    "Freie Strasse", "Steinenvorstadt", "Pilatusstrasse", "Haldenstrasse", "Multergasse", "Grabenstrasse",
    "Alpenstrasse", "Sonnenweg", "Schachenstrasse", "Gewerbestrasse", "Im Grund", "Obere Gasse",
)
STREETS = {"AT": STREETS_AT, "DE": STREETS_DE, "CH": STREETS_CH}

# --- companies ---------------------------------------------------------------------------------

# (legal form, weight) per country; "Einzelunternehmen" is not written after the name
LEGAL_FORMS = {
    "AT": (("GmbH", 55), ("e.U.", 14), ("KG", 9), ("OG", 8), ("GmbH & Co. KG", 5), ("AG", 3),
           ("Einzelunternehmen", 6)),
    "DE": (("GmbH", 52), ("UG (haftungsbeschränkt)", 7), ("e.K.", 9), ("KG", 5), ("GmbH & Co. KG", 12),
           ("AG", 5), ("Einzelunternehmen", 6), ("OHG", 2), ("GbR", 2)),
    "CH": (("GmbH", 50), ("AG", 44), ("Einzelunternehmen", 6)),
}
# trades and industries: (name used after a family name, name used before it)
TRADES = (
    ("Elektrotechnik", "Elektro"), ("Installationen", "Installateur"), ("Haustechnik", "Haustechnik"),
    ("Bau", "Baumeister"), ("Holzbau", "Zimmerei"), ("Tischlerei", "Tischlerei"), ("Malerei", "Malerbetrieb"),
    ("Dachdeckerei", "Dachdeckerei"), ("Metallbau", "Schlosserei"), ("Transporte", "Spedition"),
    ("Logistik", "Logistik"), ("Steuerberatung", "Steuerberatung"), ("Immobilien", "Immobilien"),
    ("Consulting", "Unternehmensberatung"), ("Software", "IT-Service"), ("Werbeagentur", "Agentur"),
    ("Druck", "Druckerei"), ("Autohaus", "Autohaus"), ("Kfz-Technik", "Kfz-Werkstatt"), ("Optik", "Optik"),
    ("Gartenbau", "Gärtnerei"), ("Reinigung", "Gebäudereinigung"), ("Möbel", "Möbelhaus"),
    ("Fenster & Türen", "Fensterbau"), ("Sanitär", "Sanitär"), ("Medizintechnik", "Medizintechnik"),
    ("Maschinenbau", "Maschinenbau"), ("Kunststofftechnik", "Kunststoffe"), ("Getränke", "Getränkehandel"),
    ("Fleischwaren", "Fleischerei"), ("Backwaren", "Bäckerei"), ("Feinkost", "Feinkost"),
    ("Handelsgesellschaft", "Handel"), ("Vermögensberatung", "Finanzberatung"), ("Versicherungsmakler", "Versicherungsbüro"),
    ("Architekten", "Architekturbüro"), ("Ziviltechniker", "Ingenieurbüro"), ("Reisen", "Reisebüro"),
    ("Hotelbetriebe", "Hotel"), ("Gastronomie", "Gasthof"), ("Textil", "Modehaus"), ("Verpackung", "Verpackungen"),
)
REGION_WORDS = {
    "AT": ("Alpen", "Donau", "Tauern", "Wienerwald", "Tiroler", "Steirische", "Kärntner", "Salzkammergut",
           "Wachau", "Bodensee", "Inntal", "Mühlviertler", "Pannonia", "Ostarrichi", "Dachstein", "Arlberg"),
    "DE": ("Rhein-Main", "Isar", "Spree", "Nordsee", "Elbe", "Allgäuer", "Schwarzwald", "Ruhr", "Main-Franken",
           "Bodensee", "Havel", "Weser", "Taunus", "Chiemgau", "Hanse", "Eifel"),
    "CH": ("Zürichsee", "Aare", "Pilatus", "Säntis", "Rigi", "Jungfrau", "Limmat", "Rhein", "Gotthard",
           "Emmentaler", "Seeland", "Engadin", "Thurgauer", "Helvetia"),
}
REGION_TRADES = (
    "Consulting", "Logistik", "Immobilien", "Software", "Bau", "Holzbau", "Energie", "Solar", "Digital",
    "Treuhand", "Handel", "Medien", "Engineering", "Gastro", "Reisen", "Haustechnik", "Personalservice",
    "Pharma", "Automation", "Werkzeuge",
)
ACRONYMS = ("HTB", "SKT", "MKW", "BMS", "ATW", "KPE", "EVB", "HGS", "TMS", "IBS", "PRO", "NOVA", "ELTEC",
            "TECHNO", "DATA", "INFRA", "ALPHA", "SYSTEMA")
SUFFIX_PARTNERS = ("& Söhne", "& Partner", "& Co.", "& Töchter", "und Partner")
HOTEL_NAMES = ("Goldener Hirsch", "Zur Post", "Schwarzer Adler", "Weißes Rössl", "Grüner Baum", "Zum Löwen",
               "Alpenrose", "Edelweiß", "Sonne", "Krone", "Stern", "Seeblick")

FREE_MAIL = {
    "AT": (("gmx.at", 6), ("gmail.com", 8), ("aon.at", 4), ("a1.net", 3), ("chello.at", 2), ("outlook.com", 2),
           ("icloud.com", 1), ("yahoo.de", 1), ("hotmail.com", 1), ("drei.at", 1), ("kabsi.at", 1)),
    "DE": (("web.de", 7), ("gmx.de", 7), ("gmail.com", 8), ("t-online.de", 5), ("outlook.de", 2),
           ("freenet.de", 1), ("icloud.com", 1), ("posteo.de", 1), ("mailbox.org", 1), ("yahoo.de", 1)),
    "CH": (("bluewin.ch", 8), ("gmx.ch", 4), ("gmail.com", 7), ("hotmail.com", 2), ("sunrise.ch", 2),
           ("icloud.com", 1), ("protonmail.ch", 1)),
}
COMPANY_MAILBOX = {"AT": ("office", "office", "office", "info"), "DE": ("info", "info", "kontakt"),
                   "CH": ("info", "info", "kontakt")}
SECOND_MAILBOX = ("buchhaltung", "rechnung", "einkauf", "bestellung", "service", "vertrieb")
MOBILE_PREFIXES = {
    "AT": ("664", "664", "676", "650", "660", "699", "680", "688"),
    "DE": ("151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"),
    "CH": ("79", "79", "78", "76", "77", "75"),
}
COUNTRY_CODE = {"AT": "43", "DE": "49", "CH": "41"}
TLD = {"AT": ("at", "at", "at", "at", "com", "eu"), "DE": ("de", "de", "de", "de", "com", "eu"),
       "CH": ("ch", "ch", "ch", "com")}

COMPANY_NOTES = (
    "Zahlungsziel 30 Tage netto.", "Rahmenvertrag läuft bis 12/2026.", "Lieferungen nur Mo–Do bis 14 Uhr.",
    "Betriebsurlaub KW 32–34 und zwischen den Feiertagen.", "Rechnungen bitte nur per E-Mail an die Buchhaltung.",
    "Zufahrt für LKW über die Hofeinfahrt.", "Skonto 2 % bei Zahlung binnen 10 Tagen.",
    "Entscheidungen trifft die Geschäftsführung gemeinsam mit dem Beirat.", "Bestellungen nur mit Bestellnummer.",
    "Jahresgespräch jeweils im Herbst.", "Haben 2024 den Standort gewechselt.", "Mitglied der Wirtschaftskammer-Fachgruppe.",
    "Wünscht Angebote immer in zweifacher Ausführung.", "Familienbetrieb in dritter Generation.",
    "Zentraleinkauf sitzt in der Konzernzentrale.", "Öffnungszeiten Mo–Fr 8–17 Uhr, Fr bis 12 Uhr.",
)

# --- persons -----------------------------------------------------------------------------------

# (masculine, feminine, neutral, weight); the first person of a company mostly gets the first one
FUNCTIONS = (
    ("Geschäftsführer", "Geschäftsführerin", "Geschäftsführung", 5),
    ("Prokurist", "Prokuristin", "Prokura", 5),
    ("Einkaufsleiter", "Einkaufsleiterin", "Einkaufsleitung", 7),
    ("Vertriebsleiter", "Vertriebsleiterin", "Vertriebsleitung", 6),
    ("Technischer Leiter", "Technische Leiterin", "Technische Leitung", 5),
    ("Sekretariat", "Sekretariat", "Sekretariat", 8),
    ("Buchhaltung", "Buchhaltung", "Buchhaltung", 8),
    ("Assistent der Geschäftsführung", "Assistentin der Geschäftsführung", "Assistenz der Geschäftsführung", 5),
    ("Projektleiter", "Projektleiterin", "Projektleitung", 8),
    ("Marketingleiter", "Marketingleiterin", "Marketingleitung", 4),
    ("Key Account Manager", "Key Account Managerin", "Key Account Management", 5),
    ("Sachbearbeiter Einkauf", "Sachbearbeiterin Einkauf", "Sachbearbeitung Einkauf", 7),
    ("Leiter Personal", "Leiterin Personal", "Personalleitung", 3),
    ("Office Manager", "Office Managerin", "Office Management", 4),
    ("IT-Leiter", "IT-Leiterin", "IT-Leitung", 3),
    ("Werkstattleiter", "Werkstattleiterin", "Werkstattleitung", 2),
    ("Inhaber", "Inhaberin", "Inhaber:in", 4),
    ("Kundenberater", "Kundenberaterin", "Kundenberatung", 5),
    ("Controller", "Controllerin", "Controlling", 3),
    ("Lagerleiter", "Lagerleiterin", "Lagerleitung", 2),
)
SECOND_FUNCTIONS = (
    ("Beirat", "Beirätin", "Beirat"), ("Aufsichtsratsmitglied", "Aufsichtsratsmitglied", "Aufsichtsratsmitglied"),
    ("Gesellschafter", "Gesellschafterin", "Gesellschafter:in"), ("Berater", "Beraterin", "Beratung"),
)
DEPARTMENTS = {
    "Geschäftsführung": "Geschäftsführung", "Prokura": "Geschäftsführung", "Einkaufsleitung": "Einkauf",
    "Vertriebsleitung": "Vertrieb", "Technische Leitung": "Technik", "Sekretariat": "Verwaltung",
    "Buchhaltung": "Finanzen", "Projektleitung": "Projekte", "Marketingleitung": "Marketing",
    "Key Account Management": "Vertrieb", "Sachbearbeitung Einkauf": "Einkauf", "Personalleitung": "Personal",
    "IT-Leitung": "IT", "Werkstattleitung": "Technik", "Kundenberatung": "Vertrieb", "Controlling": "Finanzen",
    "Lagerleitung": "Logistik",
}

PERSON_NOTES = (
    "Tochter hat gerade mit der Schule begonnen.", "Bevorzugt Videocalls am Vormittag.", "Fan von Rapid Wien.",
    "Fan von Sturm Graz, nie am Montag nach einer Niederlage anrufen.", "Fährt jedes Jahr im August nach Kroatien.",
    "Spielt Golf, Handicap 18.", "Vegetarierin – bei Einladungen beachten.", "Läuft jedes Jahr den Vienna City Marathon.",
    "Hat zwei Hunde (Labradore).", "Bevorzugt E-Mail statt Telefon.", "Ist Dienstag und Donnerstag im Homeoffice.",
    "Sohn studiert an der TU Graz.", "Trinkt keinen Kaffee, lieber Tee.", "Großer Fan vom FC Bayern.",
    "Hat 2023 ein Haus gebaut.", "Sammelt alte Schallplatten.", "Segelt am Attersee.", "Fährt Rennrad.",
    "Spricht fließend Italienisch.", "Geht im Winter gern Skitouren.", "Ehrenamtlich bei der Freiwilligen Feuerwehr.",
    "Ist am Freitag nur bis Mittag erreichbar.", "Hat im Frühjahr geheiratet.", "Frisch aus der Elternkarenz zurück.",
    "Mag keine Anrufe vor 9 Uhr.", "FC Basel-Fan, Saisonkarte.", "Fan des 1. FC Köln.", "Reist oft nach Asien.",
    "Entscheidet nie ohne Rücksprache mit dem Geschäftsführer.", "Schätzt kurze, knappe Angebote.",
    "Duzt sich mit unserem Außendienst.", "War früher bei der Konkurrenz.", "Singt im Kirchenchor.",
    "Enkelkind im Mai geboren.", "Will Unterlagen immer ausgedruckt per Post.", "Bevorzugt Termine am Nachmittag.",
)
TRAVEL_TIMEZONES = (
    ("America/New_York", "Leitet derzeit die Niederlassung in New York."),
    ("Asia/Singapore", "Arbeitet bis Ende des Jahres in Singapur."),
    ("Asia/Dubai", "Betreut den Markt im Nahen Osten von Dubai aus."),
    ("Europe/London", "Sitzt im Londoner Büro."),
    ("America/Chicago", "Betreut die US-Kunden aus Chicago."),
    ("Asia/Shanghai", "Projektleitung im Werk Shanghai."),
    ("Europe/Lisbon", "Arbeitet remote aus Lissabon."),
)
SNOOZE_REASONS = ("Elternkarenz bis Herbst", "Auf Weltreise", "Längerer Krankenstand", "Bildungskarenz",
                  "Projektpause bis zum neuen Budget", "Sabbatical")
CONSENT_SOURCES = ("Messe 2025 Formular", "Newsletter-Anmeldung Website", "Visitenkarte mit Einwilligung",
                   "Kundenveranstaltung", "Telefonisch bestätigt", "E-Mail-Bestätigung (Double-Opt-In)")
OBJECTION_SOURCES = ("Telefonat", "E-Mail", "Brief", "Rücksendung Mailing", "Abmeldelink Newsletter")
SALUTATION_OVERRIDES = (
    "Lieber Sepp", "Servus Franz", "Sehr geehrte Frau Kommerzialrätin", "Liebe Frau Professor",
    "Sehr geehrter Herr Hofrat", "Grüezi Herr Gerber", "Liebe Kolleginnen und Kollegen",
)

# --- tags and users ----------------------------------------------------------------------------

# (name, color, cadence days, share of persons, share of companies)
TAGS = (
    ("Kunde", "#2e7d32", None, 0.35, 0.10), ("Interessent", "#1565c0", None, 0.10, 0.05),
    ("Newsletter", "#6a1b9a", None, 0.25, 0.0), ("VIP", "#c62828", 30, 0.02, 0.02),
    ("Messe 2025", "#ef6c00", None, 0.06, 0.03), ("Lieferant", "#5d4037", None, 0.03, 0.05),
    ("Presse", "#455a64", None, 0.01, 0.0),
)
# (name, role, initials, e-mail user part, function title)
DEMO_USERS = (
    ("Anna Berger", "owner", "AB", "anna.berger", "Geschäftsführerin"),
    ("Markus Wimmer", "staff", "MW", "markus.wimmer", "Vertrieb Außendienst"),
    ("Lena Gruber", "staff", "LG", "lena.gruber", "Vertrieb Innendienst"),
    ("Tobias Hofer", "apprentice", "TH", "tobias.hofer", "Lehrling Bürokaufmann"),
)
DEMO_DOMAIN = "berger-handel.at"

# --- interactions ------------------------------------------------------------------------------

# (channel, share of interactions); phone and e-mail most common
CHANNEL_WEIGHTS = (
    ("phone", 36), ("email", 31), ("visit", 7), ("video", 7), ("letter", 4), ("whatsapp", 6),
    ("linkedin", 3), ("xing", 2), ("other", 4),
)
# share of inbound contacts per channel
INBOUND_SHARE = {"phone": 0.35, "email": 0.5, "visit": 0.15, "video": 0.3, "letter": 0.2,
                 "whatsapp": 0.5, "linkedin": 0.4, "xing": 0.4, "other": 0.3}
# outcome weights per channel; None = not recorded
OUTCOME_WEIGHTS = {
    "phone": ((None, 10), ("reached", 48), ("not_reached", 24), ("appointment", 10), ("order", 5), ("complaint", 3)),
    "email": ((None, 55), ("reached", 22), ("not_reached", 3), ("appointment", 8), ("order", 8), ("complaint", 4)),
    "visit": ((None, 15), ("reached", 42), ("appointment", 15), ("order", 25), ("complaint", 3)),
    "video": ((None, 15), ("reached", 55), ("not_reached", 5), ("appointment", 15), ("order", 8), ("complaint", 2)),
    "letter": ((None, 80), ("reached", 10), ("order", 5), ("complaint", 5)),
    "whatsapp": ((None, 40), ("reached", 40), ("not_reached", 5), ("appointment", 12), ("complaint", 3)),
    "linkedin": ((None, 55), ("reached", 30), ("not_reached", 10), ("appointment", 5)),
    "xing": ((None, 55), ("reached", 30), ("not_reached", 10), ("appointment", 5)),
    "other": ((None, 50), ("reached", 30), ("appointment", 8), ("order", 7), ("complaint", 5)),
}
# (min, max) minutes per channel; not reached calls take one minute
DURATIONS = {"phone": (2, 35), "visit": (30, 150), "video": (15, 75)}

TOPICS = (
    "Angebot Wartungsvertrag", "Jahresgespräch", "Rückfrage zur Rechnung", "Lieferverzögerung",
    "Neues Produktsortiment", "Preisanpassung", "Rahmenvertrag", "Messe-Nachbereitung", "Reklamation Lieferung",
    "Terminabstimmung", "Projektstatus", "Schulungsangebot", "Kundenzufriedenheit", "Zahlungserinnerung",
    "Muster und Prospekte", "Angebot nachgefasst", "Erstgespräch", "Vorstellung neuer Ansprechpartner",
    "Ersatzteile", "Inbetriebnahme", "Budgetplanung", "Kooperationsanfrage", "Einladung Kundenabend",
    "Produktvorführung", "Umstellung auf E-Rechnung", "Servicetermin", "Verlängerung Lizenz", "Auftragsbestätigung",
    "Weihnachtsgrüße", "Gratulation zum Firmenjubiläum", "Empfehlung", "Rabattaktion Frühjahr",
)
CHANNEL_SUBJECT_PREFIX = {
    "phone": ("", "", "Anruf: ", "Rückruf: "), "email": ("", "", "AW: ", "WG: ", "Re: "),
    "letter": ("", "Schreiben: "), "visit": ("", "Besuch: ", "Termin vor Ort: "), "video": ("", "Teams: ", "Zoom: "),
    "linkedin": ("", "LinkedIn: "), "xing": ("", "XING: "), "whatsapp": ("",), "other": ("",),
}
OUTCOME_NOTES = {
    None: ("", "", "", "Kurz besprochen.", "Unterlagen geschickt.", "Info weitergeleitet.", "Zur Kenntnis genommen.",
           "Siehe Anhang.", "Meldet sich nach Rücksprache intern."),
    "reached": ("Kurz besprochen, passt soweit.", "Gutes Gespräch, ist zufrieden mit der Zusammenarbeit.",
                "Will das Angebot intern besprechen und meldet sich {when}.", "Budget für {year} noch offen.",
                "Hat Interesse an {product}, Unterlagen folgen.", "Möchte einen Rückruf {when}.",
                "Alles erledigt, keine offenen Punkte.", "Preis ist ein Thema, Mitbewerber bietet {percent} % weniger.",
                "Hat Fragen zur Lieferzeit, geklärt.", "Neuer Ansprechpartner ab {month}.", ""),
    "not_reached": ("Mailbox, keine Nachricht hinterlassen.", "Auf Mailbox gesprochen.", "Besetzt.",
                    "Sekretariat: ist auf Urlaub bis Monatsende.", "Sekretariat: in einer Besprechung, Rückruf erbeten.",
                    "Nicht erreicht, versuche es {when} wieder.", "Abwesenheitsnotiz bis {day}.", ""),
    "appointment": ("Termin vereinbart für {weekday}, {hour} Uhr.", "Besuch vor Ort am {day} fixiert.",
                    "Videocall am {weekday} um {hour} Uhr.", "Termin zur Produktvorführung vereinbart.",
                    "Treffen auf der Messe ausgemacht."),
    "order": ("Auftrag über {amount} € erteilt.", "Bestellung über {amount} € netto bestätigt.",
              "Auftrag erteilt, Lieferung {when}.", "Rahmenauftrag für {year} unterschrieben.",
              "Nachbestellung {product}, {amount} €."),
    "complaint": ("Beschwerde über verspätete Lieferung.", "Reklamation: Teile beschädigt angekommen.",
                  "Unzufrieden mit der Rechnung, Gutschrift zugesagt.", "Beschwerde über Erreichbarkeit der Hotline.",
                  "Servicetechniker kam zu spät, Entschuldigung ausgesprochen.", "Falsche Ware geliefert, Austausch veranlasst."),
}
NOTE_FILLERS = {
    "when": ("nächste Woche", "Anfang nächsten Monats", "nach dem Urlaub", "Ende der Woche", "im Herbst",
             "nach der Budgetsitzung", "morgen Vormittag"),
    "weekday": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "hour": ("9:00", "9:30", "10:00", "10:30", "11:00", "13:30", "14:00", "14:30", "15:00", "16:00"),
    "month": ("Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "September", "Oktober", "November"),
    "product": ("der neuen Serie", "dem Wartungspaket", "der Software-Erweiterung", "Ersatzteilen",
                "der Schulung", "dem Premium-Service", "der Sonderedition"),
}
FOLLOW_UP_NOTES = (
    "Angebot nachfassen", "Rückruf vereinbart", "Jahresgespräch terminieren", "Zahlungseingang prüfen",
    "Muster zuschicken", "Nach der Messe melden", "Vertrag verlängern?", "Unterlagen nachreichen",
    "Geburtstagskarte schicken", "Reklamation nachverfolgen", "Neuen Ansprechpartner kennenlernen",
    "Preisliste aktualisiert schicken", "Quartalsgespräch", "Referenz anfragen", "Einladung Kundenabend",
)
