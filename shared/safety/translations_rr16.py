"""Safety answers the sixteenth red team read in English under a line in their language (issue 15, rr16 kind 6,
hBN), by (kind, language) like `translations.TEXTS`, which merges them.

    TEXTS_RR16[(kind, lang)] -> str   "postpartum": `replies.POSTPARTUM` (the return to training after a birth) in
                                      de, fr, it, pt, nl, es

rr16: FR "post-partum à 3 semaines" over turns got a French lead and the English postnatal text; PT "Tive cesariana
há 3 semanas" and NL "5 weken geleden een keizersnede" got it too once caught. Source: as the English text (ACOG
Committee Opinion 804, 2020; Goom, Donnelly & Brockwell, "Returning to running postnatal", 2019).
"""

from __future__ import annotations

from typing import Final

TEXTS_RR16: Final[dict[tuple[str, str], str]] = {
    ("postpartum", "de"): (
        "Herzlichen Glückwunsch zu deinem Baby. Nach der Geburt kannst du meist schon nach wenigen Tagen mit "
        "ruhigem Gehen, Atemübungen und Beckenbodenübungen beginnen, und mit vollerem Training nach deiner "
        "Nachuntersuchung 6-8 Wochen nach der Geburt, wenn deine Hebamme oder Ärztin es sagt (nach einem "
        "Kaiserschnitt oder einer schweren Geburt oft später). Bau langsam wieder auf: jeden Tag Beckenbodenübungen, "
        "dann Rumpf- und Krafttraining. Fürs Laufen empfehlen britische Leitlinien, mindestens 12 Wochen nach der "
        "Geburt zu warten und vorher 30 Minuten gehen, 10 Sekunden auf einem Bein stehen und eine Minute auf der "
        "Stelle joggen und hüpfen zu können, ohne Urinverlust, Schweregefühl oder Schmerzen; beginne mit "
        "Wechseln aus Gehen und Laufen. Eine Lücke oder Wölbung in der Mitte des Bauchs (Rektusdiastase), "
        "Urinverlust, ein Schweregefühl oder Beckenschmerzen sollte eine Physiotherapeutin für Beckengesundheit "
        "ansehen; lass Crunches und schweres Pressen weg, bis das geprüft ist. Wenn du stillst, iss genug und trink "
        "nach Durst, ohne strenge Diät und ohne Fatburner. Hör auf und hol dir Rat bei starker Blutung, Schmerzen "
        "in der Brust, Schmerzen oder Schwellung in der Wade oder Atemnot."
    ),
    ("postpartum", "fr"): (
        "Félicitations pour ton bébé. Après l'accouchement, la marche douce, la respiration et les exercices du "
        "périnée peuvent en général commencer en quelques jours, et un entraînement plus complet après ta visite "
        "postnatale de 6-8 semaines, quand ta sage-femme ou ton médecin le dit (souvent plus tard après une "
        "césarienne ou un accouchement difficile). Reprends progressivement : des exercices du périnée chaque jour, "
        "puis le gainage et la force. Pour la course, les recommandations britanniques conseillent d'attendre au "
        "moins 12 semaines après la naissance et de pouvoir d'abord marcher 30 minutes, tenir 10 secondes sur une "
        "jambe, et trottiner sur place et sautiller une minute sans fuites, lourdeur ni douleur ; commence par "
        "alterner marche et course. Un écart ou un bombement au milieu du ventre (diastase des grands droits), des "
        "fuites, une lourdeur ou une douleur pelvienne méritent un bilan chez un kinésithérapeute spécialisé en "
        "rééducation périnéale ; évite les crunchs et les efforts de poussée lourds jusqu'à ce bilan. Si tu "
        "allaites, mange assez et bois selon ta soif, sans régime strict ni brûleurs de graisse. Arrête et demande "
        "conseil en cas de saignement abondant, de douleur dans la poitrine, de douleur ou de gonflement du mollet, "
        "ou d'essoufflement."
    ),
    ("postpartum", "it"): (
        "Congratulazioni per il tuo bambino. Dopo il parto, camminate tranquille, esercizi di respirazione e del "
        "pavimento pelvico di solito possono iniziare in pochi giorni, e un allenamento più completo dopo il "
        "controllo post parto delle 6-8 settimane, quando la tua ostetrica o il tuo medico lo dicono (spesso più "
        "tardi dopo un cesareo o un parto difficile). Riprendi gradualmente: esercizi del pavimento pelvico ogni "
        "giorno, poi core e forza. Per la corsa, le linee guida britanniche suggeriscono di aspettare almeno 12 "
        "settimane dal parto e di riuscire prima a camminare 30 minuti, stare su una gamba per 10 secondi, e "
        "corricchiare sul posto e saltellare per un minuto senza perdite, pesantezza o dolore; inizia alternando "
        "camminata e corsa. Uno spazio o un rigonfiamento al centro della pancia (diastasi dei retti), perdite, "
        "pesantezza o dolore pelvico meritano una valutazione da un fisioterapista del pavimento pelvico; evita "
        "crunch e sforzi pesanti finché non è stato controllato. Se allatti, mangia a sufficienza e bevi secondo la "
        "sete, senza diete drastiche né brucia grassi. Fermati e chiedi consiglio in caso di sanguinamento "
        "abbondante, dolore al petto, dolore o gonfiore al polpaccio o fiato corto."
    ),
    ("postpartum", "pt"): (
        "Parabéns pelo teu bebé. Depois do parto, caminhadas leves, exercícios de respiração e do pavimento "
        "pélvico podem geralmente começar em poucos dias, e um treino mais completo depois da consulta de pós-parto "
        "das 6-8 semanas, quando a tua parteira ou médico o disserem (muitas vezes mais tarde depois de uma "
        "cesariana ou de um parto difícil). Volta aos poucos: exercícios do pavimento pélvico todos os dias, depois "
        "core e força. Para a corrida, as orientações britânicas sugerem esperar pelo menos 12 semanas depois do "
        "parto e conseguir primeiro caminhar 30 minutos, ficar 10 segundos num pé só, e correr no lugar e saltitar "
        "durante um minuto sem perdas de urina, peso ou dor; começa alternando caminhada e corrida. Um espaço ou "
        "abaulamento no meio da barriga (diástase abdominal), perdas de urina, sensação de peso ou dor pélvica "
        "merecem uma avaliação por um fisioterapeuta de saúde pélvica; evita abdominais e esforços pesados até isso "
        "ser avaliado. Se estás a amamentar, come o suficiente e bebe conforme a sede, sem dietas duras nem "
        "queimadores de gordura. Para e pede conselho se tiveres sangramento forte, dor no peito, dor ou inchaço na "
        "barriga da perna, ou falta de ar."
    ),
    ("postpartum", "nl"): (
        "Gefeliciteerd met je baby. Na de bevalling kun je meestal binnen een paar dagen beginnen met rustig "
        "wandelen, ademhalings- en bekkenbodemoefeningen, en met voller trainen na je nacontrole 6-8 weken na de "
        "bevalling, als je verloskundige of arts dat zegt (na een keizersnede of een zware bevalling vaak later). "
        "Bouw rustig op: elke dag bekkenbodemoefeningen, daarna romp- en krachttraining. Voor hardlopen raden "
        "Britse richtlijnen aan minstens 12 weken na de bevalling te wachten en eerst 30 minuten te kunnen "
        "wandelen, 10 seconden op één been te staan en een minuut op de plaats te joggen en te huppen zonder "
        "urineverlies, zwaar gevoel of pijn; begin met afwisselend wandelen en hardlopen. Een spleet of bolling in "
        "het midden van je buik (diastase), urineverlies, een zwaar gevoel of bekkenpijn zijn reden voor een "
        "onderzoek door een bekkenfysiotherapeut; sla buikspieroefeningen (crunches) en zwaar persen over tot dat "
        "bekeken is. Geef je borstvoeding, eet dan genoeg en drink op dorst, zonder streng dieet of vetverbranders. "
        "Stop en vraag advies bij hevig bloedverlies, pijn op de borst, pijn of zwelling in je kuit, of "
        "kortademigheid."
    ),
    ("postpartum", "es"): (
        "Enhorabuena por tu bebé. Después del parto, caminar suave, los ejercicios de respiración y de suelo "
        "pélvico suelen poder empezar en pocos días, y un entrenamiento más completo después de tu revisión "
        "posparto de las 6-8 semanas, cuando tu matrona o tu médico lo digan (a menudo más tarde tras una cesárea o "
        "un parto difícil). Vuelve poco a poco: ejercicios de suelo pélvico cada día, luego core y fuerza. Para "
        "correr, las guías británicas aconsejan esperar al menos 12 semanas después del parto y poder antes caminar "
        "30 minutos, mantenerte 10 segundos sobre una pierna, y trotar en el sitio y dar saltitos durante un minuto "
        "sin pérdidas de orina, pesadez ni dolor; empieza alternando caminar y correr. Una separación o un "
        "abultamiento en el centro de la barriga (diástasis abdominal), pérdidas de orina, pesadez o dolor pélvico "
        "merecen una valoración por un fisioterapeuta de suelo pélvico; evita los abdominales tipo crunch y los "
        "esfuerzos pesados hasta que lo revisen. Si das el pecho, come suficiente y bebe según la sed, sin dietas "
        "duras ni quemagrasas. Para y pide consejo si tienes un sangrado abundante, dolor en el pecho, dolor o "
        "hinchazón en la pantorrilla, o falta de aire."
    ),
}
