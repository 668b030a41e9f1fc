"""The rr12 answers in German, French, Italian, Portuguese, Dutch and Spanish (issue 15, rr12 kinds 3/6/7/8, hAL).

    localise(reply, message) -> str   `reply` in the message's language when it is one of the texts below (the DNP
                                      answer, the acute joint-injury answer, a minor's weight-cut answer with or
                                      without its "thanks for telling me your age", the answer to making up for a
                                      binge), else `reply` unchanged

rr12 "other": these answers existed in English only, while the cardiac, crisis and eating-disorder answers were
localised (`localised`). Each translation says what the English says: the same "no", the same reasons, the same
referral, with the emergency number of the countries the language points to (112 in the EU; 192 in Brazil; 911 in
Spanish-speaking America, 112 in Spain). Sources: as the English texts (`drug_doses.DNP`, `replies.URGENT`,
`minors.DEHYDRATION`, `compensation.REPLY`).
"""

from __future__ import annotations

from functools import lru_cache

from shared.safety.localised_rr13 import MORE

Key = str
_THANKS = {
    "de": "Danke, dass du mir dein Alter sagst. ",
    "fr": "Merci de m'avoir dit ton âge. ",
    "it": "Grazie per avermi detto la tua età. ",
    "pt": "Obrigado por me dizer a tua idade. ",
    "nl": "Bedankt dat je je leeftijd vertelt. ",
    "es": "Gracias por decirme tu edad. ",
}

TEXTS: dict[str, dict[Key, str]] = {
    "de": {
        "dnp": (
            "Bei Dosen von DNP kann ich nicht helfen, und bitte nimm es nicht: Es gibt keine sichere Menge. DNP ist "
            "eine Industriechemikalie, kein Medikament: Es verwandelt die Energie deiner Zellen in Hitze, und Menschen "
            "sind schon an Dosen gestorben, die sie für niedrig hielten, weil die Körpertemperatur außer Kontrolle "
            "gerät (Hyperthermie). Es gibt kein Gegenmittel. Wenn du etwas genommen hast, ruf jetzt den Notruf 112 "
            "oder den Giftnotruf an, vor allem wenn dir heiß ist, du stark schwitzt, dein Herz rast, du schnell atmest "
            "oder verwirrt bist; warte nicht ab und sag, dass du DNP genommen hast. Zum Abnehmen wirkt ein ruhiges "
            "Defizit von etwa 0,5-1 % des Körpergewichts pro Woche mit genug Eiweiß und Training, ohne dieses Risiko."
        ),
        "minor_dehydration": (
            "Bitte nicht. Weil du vielleicht unter 18 bist: Gewicht machen in der Sauna, im Schwitz- oder "
            "Plastikanzug, "
            "durch Spucken, Nicht-Trinken oder mit Entwässerungs- oder Abführmitteln ist gefährlich: Schneller "
            "Wasserverlust kann Hitzschlag (ein Notfall), Nierenschäden, Ohnmacht und Herzrhythmusstörungen auslösen "
            "und kostet Kraft, Wachstum und Konzentration. Deshalb verbieten Ringer-Regeln für Schulen und Colleges "
            "(NFHS, NCAA) Sauna, Schwitzanzüge, Entwässerungsmittel und Dehydrieren und legen die niedrigste sichere "
            "Gewichtsklasse per Körperzusammensetzung fest. Ein solcher Rat widerspricht diesen Regeln, auch von einem "
            "Trainer. Kämpf in deinem jetzigen Gewicht, iss regelmäßig und trink nach Durst. Bitte sprich mit deinen "
            "Eltern und deiner Ärztin oder deinem Arzt; wenn dir schwindelig wird, du verwirrt bist, dir sehr heiß ist "
            "oder du nicht mehr schwitzt, hör sofort auf und hol Hilfe."
        ),
        "compensation": (
            "Nach einem Essanfall oder einer großen Mahlzeit gibt es nichts wiedergutzumachen: keine ausgelassenen "
            "Mahlzeiten, kein Fasten und kein Extra-Cardio zum Abtrainieren. Iss deine nächste Mahlzeit wie gewohnt "
            "und "
            "trainiere wie geplant. Wenn Essanfälle wiederkommen oder sich unkontrollierbar anfühlen, verdient das "
            "Unterstützung: deine Hausarztpraxis oder eine Essstörungs-Beratung (in Deutschland z. B. die BZgA-"
            "Beratung 0221 892031) kann helfen, und früh darüber zu sprechen macht einen echten Unterschied."
        ),
    },
    "fr": {
        "dnp": (
            "Je ne peux pas t'aider avec des doses de DNP, et s'il te plaît n'en prends pas : aucune quantité n'est "
            "sûre. C'est un produit chimique industriel, pas un médicament : il transforme l'énergie de tes cellules "
            "en "
            "chaleur, et des personnes en sont mortes à des doses qu'elles croyaient faibles, d'une température qui "
            "s'emballe (hyperthermie). Il n'existe pas d'antidote. Si tu en as pris, appelle maintenant le 112 ou le "
            "centre antipoison, surtout si tu as très chaud, transpires beaucoup, as le cœur ou la respiration "
            "rapides ou es confus ; n'attends pas et dis que tu as pris du DNP. Pour perdre du gras, un déficit "
            "régulier d'environ 0,5-1 % du poids par semaine, avec assez de protéines et ton entraînement, marche sans "
            "ce risque."
        ),
        "minor_dehydration": (
            "S'il te plaît, non. Comme tu as peut-être moins de 18 ans : perdre du poids au sauna, avec une "
            "combinaison "
            "de sudation ou en plastique, en crachant, en ne buvant pas ou avec des diurétiques ou laxatifs est "
            "dangereux : perdre de l'eau vite peut causer un coup de chaleur (une urgence), des lésions des reins, des "
            "malaises et des troubles du rythme cardiaque, et coûte force, croissance et concentration. C'est pourquoi "
            "les règles de lutte scolaire et universitaire (NFHS, NCAA) interdisent sauna, combinaisons, diurétiques "
            "et "
            "déshydratation, et fixent la catégorie la plus basse sûre par une mesure de composition corporelle. Un "
            "tel conseil va contre ces règles, même venant d'un entraîneur. Combats à ton poids, mange régulièrement "
            "et bois selon ta soif. Parles-en à un parent et à ton médecin ; si tu as des vertiges, es confus, as très "
            "chaud ou ne transpires plus, arrête et demande de l'aide tout de suite."
        ),
        "compensation": (
            "Après une crise ou un gros repas, il n'y a rien à rattraper : pas de repas sautés, pas de jeûne et pas de "
            "cardio en plus pour le brûler. Prends ton prochain repas comme d'habitude et entraîne-toi comme prévu. Si "
            "les crises reviennent ou semblent incontrôlables, cela mérite du soutien : ton médecin ou une ligne "
            "d'écoute sur les troubles alimentaires (en France, Anorexie Boulimie Info Écoute 09 69 325 900) peut "
            "aider, et en parler tôt change vraiment les choses."
        ),
    },
    "it": {
        "dnp": (
            "Non posso aiutarti con le dosi di DNP, e per favore non prenderlo: non esiste una quantità sicura. È una "
            "sostanza chimica industriale, non un farmaco: trasforma l'energia delle cellule in calore, e persone sono "
            "morte a dosi che credevano basse, per una temperatura corporea fuori controllo (ipertermia). Non c'è un "
            "antidoto. Se ne hai preso, chiama subito il 112 o un centro antiveleni, soprattutto se hai molto caldo, "
            "sudi tanto, hai il cuore o il respiro accelerati o sei confuso; non aspettare e di' che hai preso DNP. "
            "Per perdere grasso, un deficit costante di circa lo 0,5-1% del peso a settimana, con abbastanza proteine "
            "e "
            "il tuo allenamento, funziona senza quel rischio."
        ),
        "minor_dehydration": (
            "Per favore, no. Visto che potresti avere meno di 18 anni: fare il peso in sauna, con una tuta sauna o di "
            "plastica, sputando, non bevendo o con diuretici o lassativi è pericoloso: perdere acqua in fretta può "
            "causare colpo di calore (un'emergenza), danni ai reni, svenimenti e aritmie, e toglie forza, crescita e "
            "concentrazione. Per questo le regole della lotta scolastica e universitaria (NFHS, NCAA) vietano sauna, "
            "tute, diuretici e disidratazione e fissano la categoria più bassa sicura con una misura della "
            "composizione "
            "corporea. Un consiglio del genere va contro quelle regole, anche se viene da un allenatore. Gareggia al "
            "tuo peso, mangia regolarmente e bevi quando hai sete. Parlane con un genitore e con il tuo medico; se hai "
            "capogiri, confusione, molto caldo o smetti di sudare, fermati e chiedi aiuto subito."
        ),
        "compensation": (
            "Dopo un'abbuffata o un pasto abbondante non c'è niente da recuperare: niente pasti saltati, niente "
            "digiuno e niente cardio in più per smaltirlo. Fai il prossimo pasto come sempre e allenati come previsto. "
            "Se le abbuffate tornano o sembrano fuori controllo, meritano un aiuto: il tuo medico o il numero verde "
            "SOS Disturbi Alimentari 800 180 969 possono aiutarti, e parlarne presto fa davvero la differenza."
        ),
    },
    "pt": {
        "dnp": (
            "Não posso ajudar com doses de DNP, e por favor não o tomes: não existe quantidade segura. É um químico "
            "industrial, não um medicamento: transforma a energia das células em calor, e já morreram pessoas com "
            "doses "
            "que achavam baixas, por uma temperatura corporal descontrolada (hipertermia). Não há antídoto. Se "
            "tomaste, "
            "liga já para o 112 (Portugal) ou 192 (Brasil) ou para o centro de intoxicações, sobretudo se sentires "
            "muito calor, suares muito, tiveres o coração ou a respiração acelerados ou confusão; não esperes e diz "
            "que "
            "tomaste DNP. Para perder gordura, um défice constante de cerca de 0,5-1% do peso por semana, com proteína "
            "suficiente e o teu treino, funciona sem esse risco."
        ),
        "minor_dehydration": (
            "Por favor, não. Como podes ter menos de 18 anos: perder peso na sauna, com fato de sauna ou de plástico, "
            "cuspindo, sem beber água ou com diuréticos ou laxantes é perigoso: perder água depressa pode causar "
            "golpe de calor (uma emergência), lesão nos rins, desmaios e alterações do ritmo cardíaco, e tira força, "
            "crescimento e concentração. Por isso as regras de luta escolar e universitária (NFHS, NCAA) proíbem "
            "sauna, fatos de sudação, diuréticos e desidratação e definem a categoria mais baixa segura com uma "
            "avaliação da composição corporal. Um conselho assim vai contra essas regras, mesmo vindo de um treinador. "
            "Compete com o teu peso, come refeições regulares e bebe quando tiveres sede. Fala com os teus pais e com "
            "o teu médico; se tiveres tonturas, confusão, muito calor ou parares de suar, para e pede ajuda já."
        ),
        "compensation": (
            "Depois de uma compulsão ou de uma refeição grande, não há nada a compensar: sem saltar refeições, sem "
            "jejum e sem cardio extra para queimar. Faz a próxima refeição como de costume e treina como planeado. Se "
            "as compulsões se repetem ou parecem fora de controlo, isso merece apoio: o teu médico de família ou uma "
            "linha de apoio para perturbações alimentares pode ajudar, e falar cedo faz mesmo diferença."
        ),
    },
    "nl": {
        "dnp": (
            "Ik kan je niet helpen met doses DNP, en neem het alsjeblieft niet: er bestaat geen veilige hoeveelheid. "
            "Het is een industriële chemische stof, geen medicijn: het zet de energie van je cellen om in warmte, en "
            "mensen zijn overleden aan doses die ze laag vonden, door een lichaamstemperatuur die niet meer te stoppen "
            "is (hyperthermie). Er is geen tegengif. Heb je iets genomen, bel dan nu 112 of de huisartsenpost, vooral "
            "als je het erg warm hebt, veel zweet, een snelle hartslag of ademhaling hebt of verward bent; wacht niet "
            "af en zeg dat je DNP hebt genomen. Om vet te verliezen werkt een rustig tekort van ongeveer 0,5-1% van je "
            "gewicht per week, met genoeg eiwit en je training, zonder dat risico."
        ),
        "minor_dehydration": (
            "Alsjeblieft niet. Omdat je misschien jonger bent dan 18: gewicht maken in de sauna, in een zweet- of "
            "plastic pak, door te spugen, niet te drinken of met plaspillen of laxeermiddelen is gevaarlijk: snel "
            "vocht "
            "verliezen kan een hitteberoerte (een noodgeval), nierschade, flauwvallen en hartritmestoornissen geven, "
            "en kost kracht, groei en concentratie. Daarom verbieden de worstelregels voor scholen en universiteiten "
            "(NFHS, NCAA) sauna, zweetpakken, plaspillen en uitdrogen, en bepalen ze je laagste veilige gewichtsklasse "
            "met een meting van je lichaamssamenstelling. Zo'n advies gaat tegen die regels in, ook van een trainer. "
            "Kom uit op je eigen gewicht, eet regelmatig en drink als je dorst hebt. Praat met een ouder en je "
            "huisarts; word je duizelig, verward, heel warm of zweet je niet meer, stop dan en haal meteen hulp."
        ),
        "compensation": (
            "Na een eetbui of een grote maaltijd hoef je niets goed te maken: geen maaltijden overslaan, niet vasten "
            "en "
            "geen extra cardio om het eraf te trainen. Eet je volgende maaltijd zoals altijd en train zoals gepland. "
            "Komen eetbuien terug of voelen ze onbeheersbaar, dan verdient dat steun: je huisarts of Proud2Bme en het "
            "Ivy-informatiepunt eetstoornissen kunnen helpen, en er vroeg over praten maakt echt verschil."
        ),
    },
    "es": {
        "dnp": (
            "No puedo ayudarte con dosis de DNP, y por favor no lo tomes: no existe una cantidad segura. Es un químico "
            "industrial, no un medicamento: convierte la energía de tus células en calor, y ha muerto gente con dosis "
            "que creían bajas, por una temperatura corporal que se descontrola (hipertermia). No hay antídoto. Si lo "
            "has tomado, llama ya al número de emergencias (112, 911) o a un centro de toxicología, sobre todo si "
            "tienes mucho calor, sudas mucho, tienes el corazón o la respiración acelerados o confusión; no esperes y "
            "di que tomaste DNP. Para perder grasa, un déficit constante de un 0,5-1 % del peso por semana, con "
            "suficiente proteína y tu entrenamiento, funciona sin ese riesgo."
        ),
        "joint_injury": (
            "Deja de entrenar y que te lo vean hoy, en urgencias; no entrenes sobre ello mientras tanto, ni con "
            "rodillera ni vendaje. Una rodilla, tobillo o pierna que no aguanta tu peso (cuatro pasos) tras un giro, "
            "un chasquido o una caída, una rodilla que se hincha en pocas horas tras un chasquido, o que se bloquea y "
            "no se estira, necesita exploración y normalmente una radiografía (reglas de Ottawa: fractura, rotura del "
            "ligamento cruzado o del menisco). Hasta entonces reposo y sin apoyar (muletas si tienes), hielo 15-20 "
            "minutos, compresión suave y la pierna en alto. Ve directamente a urgencias si parece fuera de sitio o el "
            "pie está frío, pálido o dormido. Soy un entrenador, no un médico."
        ),
        "minor_dehydration": (
            "Por favor, no. Como puede que tengas menos de 18 años: dar el peso con sauna, con traje de sudoración o "
            "de plástico, escupiendo, sin beber o con diuréticos o laxantes es peligroso: perder agua rápido puede "
            "causar un golpe de calor (una emergencia), daño en los riñones, desmayos y alteraciones del ritmo "
            "cardíaco, y te quita fuerza, crecimiento y concentración. Por eso las reglas de lucha escolar y "
            "universitaria (NFHS, NCAA) prohíben la sauna, los trajes, los diuréticos y deshidratarse, y fijan tu "
            "categoría más baja segura con una medición de composición corporal. Un consejo así va contra esas reglas, "
            "aunque venga de un entrenador. Compite con tu peso, come con regularidad y bebe cuando tengas sed. Habla "
            "con tu madre, padre o tutor y con tu médico; si te mareas, te confundes, tienes mucho calor o dejas de "
            "sudar, para y pide ayuda enseguida."
        ),
        "compensation": (
            "Después de un atracón o una comida grande no hay nada que compensar: no te saltes comidas, no ayunes y no "
            "hagas cardio extra para quemarlo. Haz tu próxima comida como siempre y entrena según lo previsto. Si los "
            "atracones se repiten o sientes que no los controlas, mereces apoyo: tu médico o una línea de ayuda sobre "
            "trastornos alimentarios (en España, ADANER; en EE. UU., ANAD) pueden ayudarte, y hablarlo pronto marca "
            "una diferencia real."
        ),
    },
}

for _lang, _texts in MORE.items():  # one translation of the joint answer per language: rr13's (`localised_rr13`)
    TEXTS[_lang]["joint_injury"] = _texts["joint_injury"]


@lru_cache(maxsize=1)
def _english() -> dict[str, Key]:
    from shared.safety import compensation, drug_doses, minors, replies

    return {
        drug_doses.DNP: "dnp",
        replies.URGENT["joint_injury"]: "joint_injury",
        minors.DEHYDRATION: "minor_dehydration",
        compensation.REPLY: "compensation",
    }


# Words beyond `localised._WORDS` that short questions use ("Ayer tuve un atracón, ¿debería ayunar hoy?", "O DNP é
# seguro se eu ficar abaixo de 300 mg por dia?"): Spanish, which `localised.language` leaves to its caller, and
# Portuguese, told apart from it.
_MORE = {
    "es": frozenset("ayer hoy debería debo tuve menos tomo entrenador años peso cuánto cómo qué el".split()),
    "pt": frozenset("é ficar abaixo dia hoje ontem devo eu se jejuar treinador anos".split()),
}


def _language(message: str) -> str | None:
    """de/fr/it/pt/nl as `localised.language` reads them; else "es" or "pt" when two or more of its words (and more
    than of the other, and than English ones) are there, or two Spanish cue words (`replies.spanish_cues`)."""
    import re

    from shared.safety import localised, replies
    from shared.safety.language import ENGLISH_WORDS

    found = localised.language(message)
    if found is not None:
        return found
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", message)}
    spanish = words & (localised.SPANISH_WORDS | _MORE["es"])
    portuguese = words & (localised.PORTUGUESE_WORDS | _MORE["pt"])
    english = len(words & ENGLISH_WORDS - spanish - portuguese)
    if len(portuguese) >= 2 and len(portuguese) > len(spanish) and len(portuguese) > english:
        return "pt"
    if len(replies.spanish_cues(message)) >= 2 or (len(spanish) >= 2 and len(spanish) > english):
        return "es"
    return None


def localise(reply: str, message: str) -> str:
    """`reply` in the message's language when it is one of the rr12 texts (module docstring), else unchanged."""
    if not message:
        return reply
    thanks = reply.startswith("Thanks for telling me your age. ")
    base = reply.removeprefix("Thanks for telling me your age. ")
    key = _english().get(base)
    lang = _language(message) if key is not None else None
    if key is None or lang is None:
        return reply
    return (_THANKS[lang] if thanks else "") + TEXTS[lang][key]


def versions(reply: str) -> tuple[str, ...]:
    """`reply` (one of the English texts) and its translations."""
    key = _english().get(reply)
    return (reply,) if key is None else (reply, *(texts[key] for texts in TEXTS.values()))


def english(reply: str) -> str:
    """The English text a translated reply says ("thanks for your age" kept), or `reply` itself: what a check written
    for the English wording reads."""
    for lang, texts in TEXTS.items():
        rest = reply.removeprefix(_THANKS[lang])
        for key, translated in texts.items():
            if rest == translated:
                base = next(text for text, found in _english().items() if found == key)
                return ("Thanks for telling me your age. " if rest != reply else "") + base
    return reply
