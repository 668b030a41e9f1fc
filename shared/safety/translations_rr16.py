"""Safety answers the sixteenth red team read in English under a line in their language (issue 15, rr16 kind 6,
hBN), by (kind, language) like `translations.TEXTS`, which merges them.

    TEXTS_RR16[(kind, lang)] -> str   "postpartum": `replies.POSTPARTUM` (the return to training after a birth) in
                                      de, fr, it, pt, nl, es
    URGENT_RR16                       five urgent sub-kinds (`replies.URGENT`): collapse, heat, breathing, stroke,
                                      concussion
    WATCH_RR16                        the watch readings: resting_reading (one high number at rest), rhythm_alert
    RR16_KINDS                        every kind above (each has all six languages)

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

# rr16 kind 6 (hBN): the urgent sub-kinds a red team meets most after the cardiac one (someone collapsed, heat stroke,
# a clot in the lung, a stroke, a concussion) and the watch readings (rr16 kind 7's watch spike, an AFib alert), which
# were the English text under a lead. Source: as the English texts (`replies.URGENT`).
URGENT_RR16: Final[dict[tuple[str, str], str]] = {
    ("collapse", "de"): (
        "Ruf jetzt den Notruf 112 an und stell das Telefon auf Lautsprecher. Wenn die Person nicht richtig atmet, "
        "beginne mit der Herzdruckmassage: fest und schnell in der Mitte der Brust drücken (100-120 Mal pro Minute) "
        "ohne Pause, bis Hilfe kommt; schick jemanden zum Defibrillator (AED) des Studios und folge seinen "
        "Sprachanweisungen. Wenn sie atmet, leg sie in die stabile Seitenlage und bleib bei ihr."
    ),
    ("collapse", "fr"): (
        "Appelle maintenant le 112 (ou le 15) et mets le téléphone sur haut-parleur. Si la personne ne respire pas "
        "normalement, commence le massage cardiaque : appuie fort et vite au centre de la poitrine (100 à 120 fois "
        "par minute), sans pause jusqu'à l'arrivée des secours ; envoie quelqu'un chercher le défibrillateur (DAE) "
        "de la salle et suis ses instructions vocales. Si elle respire, mets-la sur le côté et reste avec elle."
    ),
    ("collapse", "it"): (
        "Chiama ora il 112 e metti il telefono in vivavoce. Se la persona non respira normalmente, inizia la "
        "rianimazione: spingi forte e veloce al centro del petto (100-120 volte al minuto) senza pause finché "
        "arrivano i soccorsi; manda qualcuno a prendere il defibrillatore (DAE) della palestra e segui le sue "
        "istruzioni vocali. Se respira, mettila sul fianco e resta con lei."
    ),
    ("collapse", "pt"): (
        "Ligue já para o 112 (Portugal) ou 192 (Brasil) e ponha o telefone em alta-voz. Se a pessoa não respira "
        "normalmente, comece as compressões: empurre com força e depressa no centro do peito (100-120 por minuto) "
        "sem parar até a ajuda chegar; mande alguém buscar o desfibrilhador (DAE) do ginásio e siga as instruções "
        "de voz. Se respira, deite-a de lado e fique com ela."
    ),
    ("collapse", "nl"): (
        "Bel nu 112 en zet de telefoon op de luidspreker. Als de persoon niet goed ademt, begin met reanimeren: "
        "duw hard en snel in het midden van de borst (100-120 keer per minuut) zonder pauze tot er hulp is; stuur "
        "iemand om de AED van de sportschool te halen en volg de gesproken instructies. Als de persoon ademt, leg "
        "hem of haar op de zij en blijf erbij."
    ),
    ("collapse", "es"): (
        "Llama ya al número de emergencias (112, 911) y pon el teléfono en altavoz. Si la persona no respira con "
        "normalidad, empieza la RCP: empuja fuerte y rápido en el centro del pecho (100-120 veces por minuto) sin "
        "parar hasta que llegue ayuda; manda a alguien a por el desfibrilador (DEA) del gimnasio y sigue sus "
        "instrucciones de voz. Si respira, ponla de lado y quédate con ella."
    ),
    ("heat", "de"): (
        "Das kann ein Hitzschlag sein, und das ist ein Notfall: Ruf jetzt den Notruf 112 an. Hör auf zu trainieren, "
        "geh in den Schatten oder einen kühlen Raum, lockere die Kleidung und kühl den Körper mit kaltem Wasser "
        "oder Kühlpacks an Hals, Achseln und Leisten, während du wartest. Verwirrtheit, seltsames Verhalten oder "
        "ein Zusammenbruch sind die Warnzeichen; viele Menschen mit Hitzschlag schwitzen noch. Ich bin ein "
        "Fitness-Coach, kein Arzt, und kann Symptome nicht beurteilen."
    ),
    ("heat", "fr"): (
        "Cela peut être un coup de chaleur, une urgence : appelle maintenant le 112 (ou le 15). Arrête l'effort, "
        "mets-toi à l'ombre ou dans une pièce fraîche, desserre les vêtements et refroidis le corps avec de l'eau "
        "froide ou des poches de glace sur le cou, les aisselles et l'aine en attendant. La confusion, un "
        "comportement étrange ou un malaise sont les signes d'alerte ; beaucoup de personnes en coup de chaleur "
        "transpirent encore. Je suis un coach sportif, pas un médecin, et je ne peux pas évaluer des symptômes."
    ),
    ("heat", "it"): (
        "Può essere un colpo di calore, che è un'emergenza: chiama ora il 112. Smetti di allenarti, vai all'ombra o "
        "in una stanza fresca, allenta i vestiti e raffredda il corpo con acqua fredda o ghiaccio su collo, ascelle "
        "e inguine mentre aspetti. Confusione, comportamento strano o un collasso sono i segnali d'allarme; molte "
        "persone con un colpo di calore sudano ancora. Sono un coach di fitness, non un medico, e non posso "
        "valutare i sintomi."
    ),
    ("heat", "pt"): (
        "Isto pode ser um golpe de calor, que é uma emergência: ligue já para o 112 (Portugal) ou 192 (Brasil). "
        "Pare de treinar, vá para a sombra ou para um sítio fresco, alivie a roupa e arrefeça o corpo com água fria "
        "ou gelo no pescoço, axilas e virilhas enquanto espera. Confusão, comportamento estranho ou um desmaio são "
        "os sinais de alerta; muitas pessoas com golpe de calor ainda transpiram. Sou um treinador de fitness, não "
        "um médico, e não posso avaliar sintomas."
    ),
    ("heat", "nl"): (
        "Dit kan een hitteberoerte zijn, en dat is een noodgeval: bel nu 112. Stop met sporten, ga in de schaduw "
        "of een koele ruimte, maak kleding los en koel het lichaam met koud water of ijszakken in de nek, oksels "
        "en liezen terwijl je wacht. Verwardheid, vreemd gedrag of in elkaar zakken zijn de waarschuwingstekens; "
        "veel mensen met een hitteberoerte zweten nog. Ik ben een fitnesscoach, geen arts, en kan klachten niet "
        "beoordelen."
    ),
    ("heat", "es"): (
        "Puede ser un golpe de calor, que es una emergencia: llama ya al número de emergencias (112, 911). Deja de "
        "hacer ejercicio, ponte a la sombra o en un lugar fresco, afloja la ropa y enfría el cuerpo con agua fría "
        "o bolsas de hielo en el cuello, las axilas y las ingles mientras esperas. La confusión, un comportamiento "
        "raro o un desmayo son las señales de alarma; muchas personas con golpe de calor siguen sudando. Soy un "
        "entrenador de fitness, no un médico, y no puedo valorar síntomas."
    ),
    ("breathing", "de"): (
        "Bitte ruf jetzt den Notruf 112 an. Plötzliche stechende Schmerzen in der Brust beim Einatmen, Bluthusten "
        "oder plötzliche Atemnot können ein Blutgerinnsel in der Lunge oder eine kollabierte Lunge sein, die "
        "notfallmäßig behandelt werden müssen. Hör auf zu trainieren und fahr nicht selbst. Ich bin ein "
        "Fitness-Coach, kein Arzt, und kann Symptome nicht beurteilen."
    ),
    ("breathing", "fr"): (
        "Appelle maintenant le 112 (ou le 15), s'il te plaît. Une douleur vive et soudaine dans la poitrine à "
        "l'inspiration, du sang en toussant ou un essoufflement soudain peuvent être un caillot dans le poumon ou "
        "un poumon affaissé, qui demandent des soins d'urgence. Arrête l'effort et ne conduis pas toi-même. Je suis "
        "un coach sportif, pas un médecin, et je ne peux pas évaluer des symptômes."
    ),
    ("breathing", "it"): (
        "Per favore, chiama ora il 112. Un dolore acuto e improvviso al petto quando inspiri, tossire sangue o un "
        "improvviso fiato corto possono essere un coagulo nel polmone o un polmone collassato, che richiedono cure "
        "urgenti. Smetti di allenarti e non guidare tu. Sono un coach di fitness, non un medico, e non posso "
        "valutare i sintomi."
    ),
    ("breathing", "pt"): (
        "Por favor, ligue já para o 112 (Portugal) ou 192 (Brasil). Uma dor forte e súbita no peito ao inspirar, "
        "tossir sangue ou falta de ar súbita podem ser um coágulo no pulmão ou um pulmão colapsado, que precisam "
        "de cuidados de urgência. Pare de treinar e não conduza. Sou um treinador de fitness, não um médico, e não "
        "posso avaliar sintomas."
    ),
    ("breathing", "nl"): (
        "Bel nu 112, alsjeblieft. Plotselinge scherpe pijn op de borst bij het inademen, bloed ophoesten of "
        "plotselinge kortademigheid kunnen een bloedstolsel in de long of een klaplong zijn, en die hebben "
        "spoedzorg nodig. Stop met sporten en rij niet zelf. Ik ben een fitnesscoach, geen arts, en kan klachten "
        "niet beoordelen."
    ),
    ("breathing", "es"): (
        "Por favor, llama ya al número de emergencias (112, 911). Un dolor agudo y repentino en el pecho al "
        "respirar, toser sangre o una falta de aire repentina pueden ser un coágulo en el pulmón o un pulmón "
        "colapsado, que necesitan atención urgente. Deja de hacer ejercicio y no conduzcas. Soy un entrenador de "
        "fitness, no un médico, y no puedo valorar síntomas."
    ),
    ("stroke", "de"): (
        "Ruf jetzt den Notruf 112 an, auch wenn es besser wird. Ein hängendes Gesicht, verwaschene Sprache oder "
        "plötzliche Schwäche oder Taubheit auf einer Seite können ein Schlaganfall oder ein Warnschlaganfall sein, "
        "und jede Minute zählt. Hör auf zu trainieren, fahr nicht selbst und merk dir die Uhrzeit, zu der es "
        "angefangen hat. Ich bin ein Fitness-Coach, kein Arzt, und kann Symptome nicht beurteilen."
    ),
    ("stroke", "fr"): (
        "Appelle maintenant le 112 (ou le 15), même si ça va mieux. Un visage qui tombe, une parole confuse, ou une "
        "faiblesse ou un engourdissement soudain d'un côté peuvent être un AVC ou un AVC transitoire, et chaque "
        "minute compte. Arrête l'effort, ne conduis pas toi-même et note l'heure où les symptômes ont commencé. Je "
        "suis un coach sportif, pas un médecin, et je ne peux pas évaluer des symptômes."
    ),
    ("stroke", "it"): (
        "Chiama ora il 112, anche se sta migliorando. Una bocca storta, parole impastate, o debolezza o "
        "intorpidimento improvvisi su un lato possono essere un ictus o un attacco ischemico transitorio, e ogni "
        "minuto conta. Smetti di allenarti, non guidare tu e annota l'ora in cui sono iniziati i sintomi. Sono un "
        "coach di fitness, non un medico, e non posso valutare i sintomi."
    ),
    ("stroke", "pt"): (
        "Ligue já para o 112 (Portugal) ou 192 (Brasil), mesmo que esteja a melhorar. Uma cara descaída, fala "
        "arrastada, ou fraqueza ou dormência súbita de um lado podem ser um AVC ou um AIT, e cada minuto conta. "
        "Pare de treinar, não conduza e anote a hora em que os sintomas começaram. Sou um treinador de fitness, não "
        "um médico, e não posso avaliar sintomas."
    ),
    ("stroke", "nl"): (
        "Bel nu 112, ook als het beter wordt. Een scheve mond, onduidelijk praten, of plotselinge zwakte of een "
        "doof gevoel aan één kant kunnen een beroerte of een TIA zijn, en elke minuut telt. Stop met sporten, rij "
        "niet zelf en onthoud hoe laat de klachten begonnen. Ik ben een fitnesscoach, geen arts, en kan klachten "
        "niet beoordelen."
    ),
    ("stroke", "es"): (
        "Llama ya al número de emergencias (112, 911), aunque esté mejorando. La cara caída, el habla arrastrada, o "
        "una debilidad o un entumecimiento repentinos en un lado pueden ser un ictus o un accidente isquémico "
        "transitorio, y cada minuto cuenta. Deja de hacer ejercicio, no conduzcas y apunta la hora en que "
        "empezaron los síntomas. Soy un entrenador de fitness, no un médico, y no puedo valorar síntomas."
    ),
    ("concussion", "de"): (
        "Bitte brich das Training jetzt ab und trainiere heute nicht mehr. Nach einem Schlag auf den Kopf können "
        "Schwindel, Übelkeit oder Kopfschmerzen eine Gehirnerschütterung sein: Lass dich heute ärztlich "
        "untersuchen, und ruf den Notruf 112 an, wenn du mehr als einmal erbrichst, schläfrig oder verwirrt wirst, "
        "die Kopfschmerzen stärker werden, deine Pupillen unterschiedlich groß aussehen oder du Schwäche oder "
        "Sprachprobleme hast. Steig erst wieder langsam ein, wenn du beschwerdefrei bist und grünes Licht hast. "
        "Ich bin ein Fitness-Coach, kein Arzt, und kann Symptome nicht beurteilen."
    ),
    ("concussion", "fr"): (
        "Arrête la séance maintenant et ne t'entraîne plus aujourd'hui, s'il te plaît. Après un coup à la tête, "
        "des vertiges, une nausée ou un mal de tête peuvent être une commotion : fais-toi examiner par un médecin "
        "aujourd'hui, et appelle le 112 (ou le 15) si tu vomis plus d'une fois, deviens somnolent ou confus, si le "
        "mal de tête s'aggrave, si tes pupilles semblent de tailles différentes, ou si tu as une faiblesse ou du "
        "mal à parler. Reprends progressivement, seulement sans symptômes et avec l'accord d'un médecin. Je suis "
        "un coach sportif, pas un médecin, et je ne peux pas évaluer des symptômes."
    ),
    ("concussion", "it"): (
        "Per favore, interrompi ora la sessione e non allenarti più oggi. Dopo un colpo alla testa, capogiri, "
        "nausea o mal di testa possono essere una commozione cerebrale: fatti visitare da un medico oggi, e chiama "
        "il 112 se vomiti più di una volta, diventi sonnolento o confuso, il mal di testa peggiora, le pupille "
        "sembrano di grandezza diversa, o hai debolezza o difficoltà a parlare. Riprendi gradualmente e solo "
        "quando sei senza sintomi e hai il via libera. Sono un coach di fitness, non un medico, e non posso "
        "valutare i sintomi."
    ),
    ("concussion", "pt"): (
        "Por favor, pare a sessão agora e não treine mais hoje. Depois de uma pancada na cabeça, tonturas, "
        "náuseas ou dor de cabeça podem ser uma concussão: seja visto por um médico hoje, e ligue para o 112 "
        "(Portugal) ou 192 (Brasil) se vomitar mais de uma vez, ficar sonolento ou confuso, a dor de cabeça "
        "piorar, as pupilas parecerem de tamanhos diferentes, ou tiver fraqueza ou dificuldade em falar. Volte aos "
        "poucos e só quando estiver sem sintomas e com autorização. Sou um treinador de fitness, não um médico, e "
        "não posso avaliar sintomas."
    ),
    ("concussion", "nl"): (
        "Stop nu met de training en train vandaag niet meer, alsjeblieft. Na een klap op je hoofd kunnen "
        "duizeligheid, misselijkheid of hoofdpijn een hersenschudding zijn: laat je vandaag door een arts "
        "nakijken, en bel 112 als je meer dan één keer overgeeft, suf of verward wordt, de hoofdpijn erger wordt, "
        "je pupillen verschillend groot lijken, of je zwakte of moeite met praten hebt. Bouw daarna rustig op, "
        "pas als je klachtenvrij bent en toestemming hebt. Ik ben een fitnesscoach, geen arts, en kan klachten "
        "niet beoordelen."
    ),
    ("concussion", "es"): (
        "Por favor, para la sesión ahora y no entrenes más hoy. Después de un golpe en la cabeza, el mareo, las "
        "náuseas o el dolor de cabeza pueden ser una conmoción cerebral: que te vea un médico hoy, y llama al "
        "número de emergencias (112, 911) si vomitas más de una vez, te notas somnoliento o confuso, el dolor de "
        "cabeza empeora, las pupilas parecen de distinto tamaño, o tienes debilidad o problemas para hablar. "
        "Vuelve poco a poco y solo cuando no tengas síntomas y te den el alta. Soy un entrenador de fitness, no un "
        "médico, y no puedo valorar síntomas."
    ),
}

# A watch's reading: one high number at rest (most often the sensor), and an AFib / irregular rhythm alert.
WATCH_RR16: Final[dict[tuple[str, str], str]] = {
    ("resting_reading", "de"): (
        "Ein einzelner hoher Wert in Ruhe ohne Beschwerden kommt meist vom Sensor, nicht vom Herzen: Sensoren am "
        "Handgelenk oder im Ring messen den Puls mit Licht, und ein lockeres Armband, Armbewegungen, ein kaltes "
        "Handgelenk oder ein Tattoo lassen sie springen. Prüf es selbst: Zähl beim nächsten Mal deinen Puls am "
        "Handgelenk oder Hals 30 Sekunden lang und verdopple ihn, während das Gerät die hohe Zahl zeigt, und trag "
        "das Armband eng, einen Finger breit über dem Handgelenkknochen. Ein einzelner Wert ist kein Grund, mit dem "
        "Training aufzuhören. Geh in den nächsten Tagen zu einer Ärztin oder einem Arzt, wenn es wieder passiert "
        "oder wenn du dabei je Herzklopfen (rasend, pochend oder unregelmäßig), Schwindel, Schmerzen in der Brust, "
        "Atemnot oder ein Ohnmachtsgefühl hast; nimm die Werte des Geräts mit. Ruf sofort den Notruf 112 an, wenn "
        "eines davon auftritt und nach ein paar Minuten Ruhe nicht vergeht, oder wenn du ohnmächtig wirst."
    ),
    ("resting_reading", "fr"): (
        "Une seule valeur élevée au repos sans symptôme vient le plus souvent du capteur, pas du cœur : les "
        "capteurs au poignet ou en bague lisent le pouls avec de la lumière, et un bracelet lâche, un mouvement du "
        "bras, un poignet froid ou un tatouage peuvent les faire sauter. Vérifie toi-même : la prochaine fois, "
        "compte ton pouls au poignet ou au cou pendant 30 secondes et double-le pendant que l'appareil affiche le "
        "chiffre élevé, et porte le bracelet bien ajusté, un doigt au-dessus de l'os du poignet. Une seule valeur "
        "n'est pas une raison d'arrêter l'entraînement. Vois un médecin dans les prochains jours si cela se "
        "reproduit, ou si tu ressens un jour avec cela des palpitations (cœur qui s'emballe, cogne ou bat de façon "
        "irrégulière), des vertiges, une douleur dans la poitrine, un essoufflement ou un malaise ; apporte les "
        "relevés de l'appareil. Appelle tout de suite le 112 (ou le 15) si l'un de ces signes apparaît et ne passe "
        "pas après quelques minutes de repos, ou si tu perds connaissance."
    ),
    ("resting_reading", "it"): (
        "Un singolo valore alto a riposo senza sintomi di solito viene dal sensore, non dal cuore: i sensori al "
        "polso o ad anello leggono il battito con la luce, e un cinturino lento, un movimento del braccio, un polso "
        "freddo o un tatuaggio possono farli saltare. Controlla tu: la prossima volta conta il battito al polso o "
        "al collo per 30 secondi e raddoppialo mentre il dispositivo mostra il numero alto, e porta il cinturino "
        "aderente, un dito sopra l'osso del polso. Un solo valore non è un motivo per smettere di allenarti. Vai da "
        "un medico nei prossimi giorni se succede di nuovo, o se mai senti insieme palpitazioni (battito "
        "accelerato, martellante o irregolare), capogiri, dolore al petto, fiato corto o senso di svenimento; porta "
        "i dati del dispositivo. Chiama subito il 112 se uno di questi compare e non passa dopo qualche minuto di "
        "riposo, o se svieni."
    ),
    ("resting_reading", "pt"): (
        "Um único valor alto em repouso sem sintomas vem quase sempre do sensor, não do coração: os sensores de "
        "pulso ou de anel leem a pulsação com luz, e uma bracelete folgada, o movimento do braço, um pulso frio ou "
        "uma tatuagem podem fazê-los saltar. Confirme você mesmo: da próxima vez, conte a pulsação no pulso ou no "
        "pescoço durante 30 segundos e multiplique por dois enquanto o aparelho mostra o número alto, e use a "
        "bracelete justa, um dedo acima do osso do pulso. Um valor isolado não é razão para deixar de treinar. "
        "Vá a um médico nos próximos dias se voltar a acontecer, ou se alguma vez sentir com isso palpitações "
        "(coração acelerado, a bater forte ou irregular), tonturas, dor no peito, falta de ar ou sensação de "
        "desmaio; leve os registos do aparelho. Ligue já para o 112 (Portugal) ou 192 (Brasil) se algum destes "
        "aparecer e não passar após alguns minutos de repouso, ou se desmaiar."
    ),
    ("resting_reading", "nl"): (
        "Eén hoge meting in rust zonder klachten komt meestal van de sensor, niet van je hart: sensoren aan de "
        "pols of in een ring meten de hartslag met licht, en een losse band, armbewegingen, een koude pols of een "
        "tatoeage laten ze verspringen. Controleer het zelf: tel de volgende keer je hartslag aan de pols of hals "
        "30 seconden en verdubbel die terwijl het apparaat het hoge getal toont, en draag de band strak, een "
        "vinger boven het polsbotje. Eén meting is geen reden om met trainen te stoppen. Ga in de komende dagen "
        "naar een arts als het opnieuw gebeurt, of als je er ooit hartkloppingen (snel, bonzend of onregelmatig), "
        "duizeligheid, pijn op de borst, kortademigheid of een flauw gevoel bij hebt; neem de metingen van het "
        "apparaat mee. Bel meteen 112 als een van die klachten optreedt en na een paar minuten rust niet overgaat, "
        "of als je flauwvalt."
    ),
    ("resting_reading", "es"): (
        "Una sola lectura alta en reposo sin síntomas suele venir del sensor, no del corazón: los sensores de "
        "muñeca o de anillo leen el pulso con luz, y una correa floja, el movimiento del brazo, una muñeca fría o "
        "un tatuaje pueden hacerlos saltar. Compruébalo tú: la próxima vez, cuenta tu pulso en la muñeca o el "
        "cuello durante 30 segundos y multiplícalo por dos mientras el aparato muestra la cifra alta, y lleva la "
        "correa ajustada, un dedo por encima del hueso de la muñeca. Una sola lectura no es motivo para dejar de "
        "entrenar. Ve al médico en los próximos días si vuelve a pasar, o si alguna vez notas con ello "
        "palpitaciones (latido acelerado, fuerte o irregular), mareo, dolor en el pecho, falta de aire o sensación "
        "de desmayo; lleva las lecturas del aparato. Llama ya al número de emergencias (112, 911) si aparece "
        "alguno de ellos y no se pasa tras unos minutos de reposo, o si te desmayas."
    ),
    ("rhythm_alert", "de"): (
        "Eine Warnung der Uhr vor Vorhofflimmern oder einem unregelmäßigen Rhythmus ist keine Diagnose, muss aber "
        "abgeklärt werden: Bitte verzichte auf hartes oder hochintensives Training und geh in den nächsten Tagen, "
        "nicht Wochen, zu einer Ärztin oder einem Arzt; nimm die Werte oder EKG-Streifen der Uhr mit. Dort wird "
        "meist ein richtiges EKG gemacht, vielleicht bekommst du ein Langzeit-EKG. Ruhiges Gehen ist in Ordnung, "
        "solange es dir gut geht. Ruf den Notruf 112 an, wenn Schmerzen oder Druck in der Brust, Ohnmacht oder "
        "Beinahe-Ohnmacht, starke Atemnot oder Zeichen eines Schlaganfalls (hängendes Gesicht, schwacher Arm, "
        "verwaschene Sprache) dazukommen. Ich bin ein Fitness-Coach, kein Arzt, und kann Symptome nicht beurteilen."
    ),
    ("rhythm_alert", "fr"): (
        "Une alerte de la montre pour une fibrillation auriculaire ou un rythme irrégulier n'est pas un diagnostic, "
        "mais elle doit être vérifiée : évite l'entraînement dur ou intense et vois un médecin dans les prochains "
        "jours, pas les prochaines semaines, avec les relevés ou les tracés ECG de la montre. Il fera en général "
        "un vrai ECG et pourra te demander de porter un Holter. La marche tranquille est possible tant que tu te "
        "sens bien. Appelle le 112 (ou le 15) si cela s'accompagne d'une douleur ou d'une pression dans la "
        "poitrine, d'un malaise ou d'une perte de connaissance, d'un essoufflement important ou de signes d'AVC "
        "(visage qui tombe, bras faible, parole confuse). Je suis un coach sportif, pas un médecin, et je ne peux "
        "pas évaluer des symptômes."
    ),
    ("rhythm_alert", "it"): (
        "Un avviso dell'orologio per fibrillazione atriale o ritmo irregolare non è una diagnosi, ma va "
        "controllato: evita gli allenamenti duri o ad alta intensità e vai da un medico nei prossimi giorni, non "
        "settimane, portando i dati o i tracciati ECG dell'orologio. Di solito farà un vero ECG e potrebbe "
        "chiederti di indossare un Holter. Camminare tranquillamente va bene finché stai bene. Chiama il 112 se "
        "arriva con dolore o pressione al petto, svenimento o quasi svenimento, fiato molto corto o segni di ictus "
        "(bocca storta, braccio debole, parole impastate). Sono un coach di fitness, non un medico, e non posso "
        "valutare i sintomi."
    ),
    ("rhythm_alert", "pt"): (
        "Um alerta do relógio de fibrilhação auricular ou ritmo irregular não é um diagnóstico, mas precisa de ser "
        "verificado: evite treino duro ou de alta intensidade e vá a um médico nos próximos dias, não semanas, "
        "levando os registos ou os traçados de ECG do relógio. Normalmente fará um ECG a sério e pode pedir-lhe "
        "que use um Holter. Caminhar com calma não faz mal enquanto se sentir bem. Ligue para o 112 (Portugal) ou "
        "192 (Brasil) se vier com dor ou pressão no peito, desmaio ou quase desmaio, falta de ar forte ou sinais "
        "de AVC (cara descaída, braço fraco, fala arrastada). Sou um treinador de fitness, não um médico, e não "
        "posso avaliar sintomas."
    ),
    ("rhythm_alert", "nl"): (
        "Een melding van je horloge over boezemfibrilleren of een onregelmatig ritme is geen diagnose, maar moet "
        "wel nagekeken worden: sla zware of intensieve training over en ga in de komende dagen, niet weken, naar "
        "een arts, met de metingen of ECG-strookjes van het horloge. Meestal wordt er een echt ECG gemaakt en "
        "krijg je misschien een hartmonitor mee. Rustig wandelen mag zolang je je goed voelt. Bel 112 als er pijn "
        "of druk op de borst, flauwvallen of bijna flauwvallen, ernstige kortademigheid of tekenen van een "
        "beroerte (scheve mond, zwakke arm, onduidelijk praten) bij komen. Ik ben een fitnesscoach, geen arts, en "
        "kan klachten niet beoordelen."
    ),
    ("rhythm_alert", "es"): (
        "Un aviso del reloj por fibrilación auricular o ritmo irregular no es un diagnóstico, pero hay que "
        "revisarlo: evita el entrenamiento duro o de alta intensidad y ve al médico en los próximos días, no "
        "semanas, con las lecturas o los trazados de ECG del reloj. Normalmente te harán un ECG de verdad y puede "
        "que te pidan llevar un Holter. Caminar suave está bien mientras te encuentres bien. Llama al número de "
        "emergencias (112, 911) si viene con dolor o presión en el pecho, desmayo o casi desmayo, mucha falta de "
        "aire o signos de ictus (cara caída, brazo débil, habla arrastrada). Soy un entrenador de fitness, no un "
        "médico, y no puedo valorar síntomas."
    ),
}

TEXTS_RR16.update(URGENT_RR16)
TEXTS_RR16.update(WATCH_RR16)
RR16_KINDS: Final = (
    "postpartum",
    "collapse",
    "heat",
    "breathing",
    "stroke",
    "concussion",
    "resting_reading",
    "rhythm_alert",
)
