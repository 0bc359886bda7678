"""Data for the demo generator: name pools for fictional people, and the real matters.

The name pools are common Spanish given names and surnames, combined at random, so no
demo record describes a real person. The matters, courts, docket numbers, judges,
orders and dates are public facts of 2025 (see DOMAIN.md).
"""

from typing import Any

GIVEN_MALE = (
    "Andry",
    "José",
    "Luis",
    "Carlos",
    "Jesús",
    "Miguel",
    "Ángel",
    "Óscar",
    "Raúl",
    "Iván",
    "Julián",
    "Andrés",
    "Rubén",
    "Néstor",
    "Yohandry",
    "Wílmer",
    "Yeferson",
    "Darwin",
    "Jhonny",
    "Franklin",
    "Edgar",
    "Héctor",
    "Víctor",
    "Ramón",
    "Efraín",
    "Germán",
    "Adrián",
    "Martín",
    "Simón",
    "Tomás",
    "Nicolás",
    "Joel",
    "Anderson",
    "Kevin",
    "Brayan",
    "Elías",
    "Moisés",
)
GIVEN_FEMALE = (
    "María",
    "Ana",
    "Lucía",
    "Sofía",
    "Daniela",
    "Yusleidy",
    "Mariela",
    "Begoña",
    "Inés",
    "Rocío",
    "Belén",
    "Mónica",
    "Yolanda",
    "Carmen",
    "Verónica",
    "Zulay",
    "Yenny",
    "Génesis",
)
SURNAMES = (
    "Hernández",
    "Romero",
    "González",
    "Rodríguez",
    "Pérez",
    "Martínez",
    "Sánchez",
    "Ramírez",
    "Muñoz",
    "Peña",
    "Núñez",
    "Ibáñez",
    "Castañeda",
    "Gómez",
    "Díaz",
    "Álvarez",
    "Suárez",
    "Márquez",
    "Chávez",
    "Domínguez",
    "Gutiérrez",
    "Jiménez",
    "Vásquez",
    "Ortiz",
    "Rojas",
    "Medina",
    "Guzmán",
    "Cárdenas",
    "Quiñones",
    "Montaño",
    "Ocaña",
    "Zúñiga",
    "Briceño",
    "Carreño",
    "Mendoza",
    "Salazar",
    "Aguilar",
    "de la Cruz",
    "del Valle",
    "de los Santos",
    "León",
    "Bermúdez",
    "Villalobos",
    "Aranguren",
    "Colmenares",
    "Urdaneta",
    "Parra",
    "Ruiz",
)
#: Spellings that turn up on government filings and press lists.
VARIANTS = {
    "José": "Jose",
    "Jesús": "Jesus",
    "Ángel": "Angel",
    "Óscar": "Oscar",
    "Raúl": "Raul",
    "Hernández": "Hernandez",
    "Muñoz": "Munoz",
    "Peña": "Pena",
    "Núñez": "Nunez",
    "Rodríguez": "Rodriguez",
    "Pérez": "Perez",
    "Yohandry": "Johandry",
    "Wílmer": "Wilmer",
    "Yeferson": "Jefferson",
    "Jhonny": "Johnny",
    "Zúñiga": "Zuniga",
    "Vásquez": "Vazquez",
    "Quiñones": "Quinones",
    "de la Cruz": "Delacruz",
    "Brayan": "Bryan",
    "María": "Maria",
}
FACILITIES = (
    "El Valle Detention Facility, Raymondville, TX",
    "Bluebonnet Detention Facility, Anson, TX",
    "Krome North Service Processing Center, Miami, FL",
    "Otay Mesa Detention Center, San Diego, CA",
    "Prairieland Detention Center, Alvarado, TX",
    "Port Isabel Service Processing Center, Los Fresnos, TX",
)

MATTERS: tuple[dict[str, Any], ...] = (
    {
        "key": "jgg",
        "title": "J.G.G. v. Trump",
        "kind": "class_action",
        "court": "D.D.C.",
        "docket": "1:25-cv-00766",
        "judge": "Chief Judge James E. Boasberg",
        "description": "Challenge to removals under the Alien Enemies Act of 1798.",
        "orders": (
            {
                "kind": "tro",
                "title": "Temporary restraining order barring removals under the Alien Enemies Act",
                "issued": "2025-03-15T18:45-04:00",
                "summary": "Bars removal of class members under the Proclamation; the court's spoken "
                "direction said any planes in the air were to be turned around.",
                "history": (
                    ("in_force", "2025-03-15", "Minute order"),
                    ("vacated", "2025-04-07", "Trump v. J.G.G., 24A931 (per curiam)"),
                ),
                "obligations": (
                    (
                        "Do not remove class members under the AEA Proclamation; return any who are "
                        "in the air",
                        "2025-03-15T19:00-04:00",
                    ),
                ),
            },
            {
                "kind": "contempt",
                "title": "Finding of probable cause of criminal contempt",
                "issued": "2025-04-16T12:00-04:00",
                "summary": "Probable cause that the government's failure to turn the planes around "
                "was criminal contempt; later vacated on appeal, then allowed to proceed.",
                "history": (
                    ("in_force", "2025-04-16", "Memorandum opinion"),
                    ("vacated", "2025-08-08", "D.C. Cir. panel, mandamus"),
                    (
                        "in_force",
                        "2025-11",
                        "D.C. Cir. declined rehearing en banc; inquiry goes on",
                    ),
                ),
            },
            {
                "kind": "other",
                "title": "Order for testimony of two government officials (contempt inquiry)",
                "issued": "2025-12-08T12:00-05:00",
                "summary": "Testimony ordered in the contempt inquiry; the D.C. Circuit then "
                "entered an administrative stay.",
                "history": (
                    ("in_force", "2025-12-08", "Order"),
                    ("stayed", "2025-12", "D.C. Cir. administrative stay"),
                ),
            },
            {
                "kind": "facilitate_return",
                "title": "Class removed to CECOT denied due process; facilitate ability to seek return",
                "issued": "2025-12-22T12:00-05:00",
                "summary": "Reported holding that the class removed to CECOT was denied due "
                "process; the court later directed the government to facilitate their ability "
                "to seek return. Compliance is tracked person by person. The due date in this "
                "demo is illustrative.",
                "history": (("in_force", "2025-12-22", "Memorandum opinion (press reports)"),),
                "obligations": (
                    (
                        "Facilitate each class member's ability to seek return",
                        "2026-01-22T23:59-05:00",
                    ),
                ),
            },
        ),
    },
    {
        "key": "dvd",
        "title": "D.V.D. v. Department of Homeland Security",
        "kind": "class_action",
        "court": "D. Mass.",
        "docket": "1:25-cv-10676",
        "judge": "Judge Brian E. Murphy",
        "description": "Class challenge to third-country removals without notice.",
        "orders": (
            {
                "kind": "tro",
                "title": "Temporary restraining order on third-country removals",
                "issued": "2025-03-28T12:00-04:00",
                "summary": "No removal to a third country without written notice and a "
                "meaningful opportunity to seek protection.",
                "history": (
                    ("in_force", "2025-03-28", "Order"),
                    ("superseded", "2025-04-18", "PI"),
                ),
            },
            {
                "kind": "preliminary_injunction",
                "title": "Preliminary injunction on third-country removals without notice",
                "issued": "2025-04-18T12:00-04:00",
                "summary": "Written notice in a language the person understands and a meaningful "
                "opportunity to raise a fear-based claim before any third-country removal.",
                "history": (
                    ("in_force", "2025-04-18", "Memorandum and order"),
                    ("stayed", "2025-06-23", "DHS v. D.V.D., 24A1153 (Supreme Court stay)"),
                ),
                "obligations": (
                    (
                        "Give written notice of the third country and a chance to raise a fear "
                        "claim before removal",
                        "2025-04-18T23:59-04:00",
                    ),
                ),
            },
            {
                "kind": "remedial",
                "title": "Remedial order on removals without notice",
                "issued": "2025-05-21T12:00-04:00",
                "summary": "Remedy for the preliminary injunction's violation; the Supreme Court "
                "on 3 July 2025 clarified that its 23 June stay covers this order too.",
                "history": (
                    ("in_force", "2025-05-21", "Order"),
                    ("stayed", "2025-07-03", "DHS v. D.V.D., 24A1153 (clarification)"),
                ),
            },
        ),
    },
    {
        "key": "abrego",
        "title": "Abrego Garcia v. Noem",
        "kind": "civil_action",
        "court": "D. Md.",
        "docket": "8:25-cv-00951",
        "judge": "Judge Paula Xinis",
        "description": "Order to facilitate and effectuate the return of a man removed to El Salvador.",
        "orders": (
            {
                "kind": "facilitate_return",
                "title": "Order to facilitate and effectuate return",
                "issued": "2025-04-04T12:00-04:00",
                "summary": "The government must facilitate and effectuate the return; the Supreme "
                "Court on 10 April 2025 upheld the duty to facilitate.",
                "history": (("in_force", "2025-04-04", "Order"),),
                "obligations": (
                    (
                        "Facilitate and effectuate return to the United States",
                        "2025-04-07T23:59-04:00",
                    ),
                ),
                # Compliance as a whole (the obligation binds the government, for a man who
                # is no client in a demo store): (status, date, evidence).
                "findings": (
                    (
                        "complied",
                        "2025-06-06",
                        "Returned to the United States on 6 June 2025 to face a criminal "
                        "indictment (M.D. Tenn.), two months after the deadline",
                    ),
                ),
            },
        ),
    },
    {
        "key": "scotus",
        "title": "Trump v. J.G.G.",
        "kind": "supreme_court",
        "court": "U.S.",
        "docket": "24A931",
        "judge": "Supreme Court",
        "description": "Application to vacate the temporary restraining orders.",
        "orders": (
            {
                "kind": "other",
                "title": "Per curiam order: challenges proceed by habeas in the district of confinement",
                "issued": "2025-04-07T17:00-04:00",
                "summary": "Detainees must receive notice in time to seek habeas relief in the "
                "district of confinement.",
                "history": (("in_force", "2025-04-07", "Order"),),
            },
        ),
    },
    {
        "key": "wmm",
        "title": "W.M.M. v. Trump",
        "kind": "circuit_appeal",
        "court": "5th Cir.",
        "docket": "25-10534",
        "judge": "Fifth Circuit",
        "description": "Appeal on the Alien Enemies Act proclamation (A.A.R.P. / W.M.M.); the "
        "Supreme Court's per curiam of 16 May 2025 (24A1007) required more notice.",
        "orders": (
            {
                "kind": "other",
                "title": "Panel opinion: the proclamation is unsupported (no invasion or "
                "predatory incursion)",
                "issued": "2025-09-02T12:00-05:00",
                "summary": "Rehearing en banc was then granted (argued January 2026), which "
                "vacates the panel opinion.",
                "history": (
                    ("in_force", "2025-09-02", "Panel opinion"),
                    ("vacated", "2025-09", "Rehearing en banc granted"),
                ),
            },
        ),
    },
)
