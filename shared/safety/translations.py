"""Every translated safety answer, in one table keyed by (kind, language) (issue 15; hAB, hAL, hAO, hAT).

    TEXTS[(kind, lang)] -> str    the answer of `kind` in `lang` (de, fr, it, pt, nl, es): what Vigor's English text
                                  of that kind says (`localised.ENGLISH` names each), with the emergency number of the
                                  countries the language points to (112 in the EU; 192 in Brazil; 911 in
                                  Spanish-speaking America, 112 in Spain)
    THANKS[lang] -> str           "Thanks for telling me your age. " in `lang` (before a minor's answer)
    KINDS, LANGUAGES              the table's kinds and languages: every kind has every language

Rounds R11 K8-K10 (hAB: emergencies, the crisis, eating disorders, medicines), rr12 (hAL: DNP, the acute joint,
a minor's dehydrating cut, a binge made up for), rr13 (hAO: the acute knee, pregnancy) and rr13 leftovers (hAT:
crash diets, steroids and other drugs, the minors' and parents' answers, an underweight user's loss, and Spanish for
the texts that had none) kept three tables; they are one here. Someone at risk must read the answer at once, in the
language they wrote in. Sources: as the English texts (`replies`, `minors`, `young`, `drug_doses`, `compensation`).
"""

from __future__ import annotations

from typing import Final

from shared.safety.translations_rr16 import RR16_KINDS, TEXTS_RR16

LANGUAGES: Final = ("de", "fr", "it", "pt", "nl", "es")
KINDS: Final = (
    "cardiac",
    "cauda_equina",
    "headache",
    "clot",
    "joint_injury",
    "self_harm",
    "eating_disorder",
    "eating_disorder_again",
    "eating_disorder_minor",
    "compensation",
    "underweight",
    "crash_diet",
    "medicines",
    "pregnancy",
    "ped",
    "dnp",
    "minor",
    "minor_weight_cut",
    "minor_dehydration",
    "minor_max_test",
    "minor_supplements",
    "minor_ped",
    "parent_minor",
    "parent_weight_cut",
    "parent_ped",
    "injection",
    "language_notice",
    "no_running",
    *RR16_KINDS,  # rr16 (hBN): `translations_rr16` (the postnatal text, five urgent sub-kinds, the watch readings)
)

THANKS: Final[dict[str, str]] = {
    "de": "Danke, dass du mir dein Alter sagst. ",
    "fr": "Merci de m'avoir dit ton âge. ",
    "it": "Grazie per avermi detto la tua età. ",
    "pt": "Obrigado por me dizer a tua idade. ",
    "nl": "Bedankt dat je je leeftijd vertelt. ",
    "es": "Gracias por decirme tu edad. ",
}

TEXTS: Final[dict[tuple[str, str], str]] = {
    # cardiac
    ("cardiac", "de"): (
        "Bitte hör jetzt sofort mit dem Training auf. Ruf jetzt den Notruf 112, wenn du Schmerzen, Druck oder "
        "Enge in der Brust hast, die stark sind, länger als ein paar Minuten dauern oder wiederkommen, in Arm, "
        "Kiefer, Hals oder Rücken ausstrahlen oder mit Schweiß, Übelkeit, Atemnot, Ohnmacht oder Herzrasen "
        "kommen; fahr nicht selbst. Wenn du ohnmächtig geworden bist oder es ganz vorbei ist, geh noch heute zu "
        "einer Ärztin oder einem Arzt, bevor du wieder trainierst. Ich bin ein Fitness-Coach, kein Arzt."
    ),
    ("cardiac", "fr"): (
        "Arrête l'exercice tout de suite, s'il te plaît. Appelle maintenant le 112 (ou le 15) si tu as une "
        "douleur, une pression ou un serrement dans la poitrine qui est fort, dure plus de quelques minutes ou "
        "revient, s'étend au bras, à la mâchoire, au cou ou au dos, ou vient avec des sueurs, une nausée, un "
        "essoufflement, un malaise ou un cœur qui s'emballe ; ne conduis pas toi-même. Si tu as perdu "
        "connaissance ou si c'est complètement passé, vois un médecin aujourd'hui avant de t'entraîner à nouveau. "
        "Je suis un coach sportif, pas un médecin."
    ),
    ("cardiac", "it"): (
        "Per favore, smetti subito di allenarti. Chiama ora il 112 se hai dolore, pressione o senso di "
        "oppressione al petto forte, che dura più di qualche minuto o ritorna, si irradia al braccio, alla "
        "mandibola, al collo o alla schiena, o arriva con sudore, nausea, fiato corto, svenimento o battito "
        "accelerato o irregolare; non guidare tu. Se sei svenuto o se è passato del tutto, vai oggi da un medico "
        "prima di allenarti di nuovo. Sono un coach di fitness, non un medico."
    ),
    ("cardiac", "pt"): (
        "Por favor, pare de treinar agora. Ligue já para o 112 (Portugal) ou 192 (Brasil) se tiver dor, pressão "
        "ou aperto no peito forte, que dure mais de alguns minutos ou volte, que se espalhe para o braço, o "
        "maxilar, o pescoço ou as costas, ou que venha com suor, náusea, falta de ar, desmaio ou coração "
        "acelerado ou irregular; não conduza você mesmo. Se desmaiou ou se já passou por completo, vá hoje a um "
        "médico antes de voltar a treinar. Sou um treinador de fitness, não um médico."
    ),
    ("cardiac", "nl"): (
        "Stop nu meteen met sporten. Bel nu 112 als je pijn, druk of een beklemmend gevoel op je borst hebt dat "
        "hevig is, langer dan een paar minuten duurt of terugkomt, uitstraalt naar je arm, kaak, nek of rug, of "
        "samengaat met zweten, misselijkheid, kortademigheid, flauwvallen of een snelle of onregelmatige "
        "hartslag; rijd niet zelf. Ben je flauwgevallen of is het helemaal over, ga dan vandaag naar een arts "
        "voordat je weer traint. Ik ben een fitnesscoach, geen arts."
    ),
    ("cardiac", "es"): (
        "Deja de hacer ejercicio ahora. Llama al número de emergencias (112, 911) si tienes dolor, presión u "
        "opresión en el pecho que es fuerte, dura más de unos minutos o vuelve, se extiende al brazo, la "
        "mandíbula, el cuello o la espalda, o viene con sudor, náuseas, falta de aire, desmayo o latidos rápidos "
        "o irregulares; no conduzcas tú. Si ya ha pasado del todo, ve hoy a un médico antes de volver a entrenar."
    ),
    # cauda_equina
    ("cauda_equina", "de"): (
        "Bitte geh jetzt sofort in die Notaufnahme (oder ruf 112). Taubheit im Intim- oder Gesäßbereich, Probleme "
        "beim Wasserlassen oder mit der Kontrolle über Blase oder Darm, oder Schmerzen und Schwäche in beiden "
        "Beinen können ein Cauda-equina-Syndrom sein: ein Notfall der Nerven, der innerhalb von Stunden ein MRT "
        "braucht. Nicht trainieren. Ich bin ein Fitness-Coach, kein Arzt."
    ),
    ("cauda_equina", "fr"): (
        "Va aux urgences maintenant, s'il te plaît (ou appelle le 112). Un engourdissement de l'entrejambe ou des "
        "fesses, du mal à uriner ou à contrôler ta vessie ou tes intestins, ou une douleur et une faiblesse dans "
        "les deux jambes peuvent être un syndrome de la queue de cheval : une urgence nerveuse qui demande une "
        "IRM dans les heures qui viennent. Ne t'entraîne pas. Je suis un coach sportif, pas un médecin."
    ),
    ("cauda_equina", "it"): (
        "Per favore vai subito al pronto soccorso (o chiama il 112). Intorpidimento della zona genitale o dei "
        "glutei, difficoltà a urinare o a controllare vescica o intestino, o dolore e debolezza in entrambe le "
        "gambe possono essere una sindrome della cauda equina: un'emergenza dei nervi che richiede una risonanza "
        "entro poche ore. Non allenarti. Sono un coach di fitness, non un medico."
    ),
    ("cauda_equina", "pt"): (
        "Por favor, vá agora a uma urgência (ou ligue 112 em Portugal, 192 no Brasil). Dormência na região íntima "
        "ou nas nádegas, dificuldade em urinar ou em controlar a bexiga ou o intestino, ou dor e fraqueza nas "
        "duas pernas podem ser síndrome da cauda equina: uma emergência dos nervos que precisa de uma ressonância "
        "em poucas horas. Não treine. Sou um treinador de fitness, não um médico."
    ),
    ("cauda_equina", "nl"): (
        "Ga nu naar de spoedeisende hulp (of bel 112). Een doof gevoel rond je kruis, zitvlak of billen, moeite "
        "met plassen of met het ophouden van je blaas of ontlasting, of pijn en zwakte in beide benen kunnen een "
        "caudasyndroom zijn: een zenuwnoodgeval waarvoor binnen enkele uren een MRI nodig is. Niet trainen. Ik "
        "ben een fitnesscoach, geen arts."
    ),
    ("cauda_equina", "es"): (
        "Ve ahora mismo a urgencias (o llama al 112, 911). El entumecimiento en la zona genital o las nalgas, "
        "problemas para orinar o para controlar la vejiga o el intestino, o dolor y debilidad en las dos piernas "
        "pueden ser un síndrome de cola de caballo: una urgencia de los nervios que necesita una resonancia en "
        "pocas horas. No entrenes. Soy un entrenador, no un médico."
    ),
    # headache
    ("headache", "de"): (
        "Bitte hör mit dem Training auf und hol dir sofort ärztliche Hilfe: ein plötzlicher, sehr starker "
        "Kopfschmerz beim oder nach dem Heben (der schlimmste deines Lebens, wie ein Donnerschlag) muss jetzt in "
        "der Notaufnahme untersucht werden, auch wenn er nachlässt. Bei Erbrechen, Verwirrtheit, steifem Nacken "
        "oder Schwäche ruf den Notruf 112. Trainiere erst wieder, wenn eine Ärztin oder ein Arzt es erlaubt. Ich "
        "bin ein Fitness-Coach, kein Arzt."
    ),
    ("headache", "fr"): (
        "Arrête l'entraînement et demande une aide médicale urgente : un mal de tête soudain et violent pendant "
        "ou après un effort (le pire de ta vie, en coup de tonnerre) doit être examiné aux urgences maintenant, "
        "même s'il diminue. En cas de vomissements, de confusion, de raideur de la nuque ou de faiblesse, appelle "
        "le 112. Ne soulève plus rien avant l'accord d'un médecin. Je suis un coach sportif, pas un médecin."
    ),
    ("headache", "it"): (
        "Smetti di allenarti e chiedi subito aiuto medico: un mal di testa improvviso e fortissimo durante o dopo "
        "uno sforzo (il peggiore della tua vita, a rombo di tuono) va controllato subito al pronto soccorso, "
        "anche se sta passando. Con vomito, confusione, rigidità del collo o debolezza chiama il 112. Non "
        "sollevare pesi finché un medico non ti dà il via. Sono un coach di fitness, non un medico."
    ),
    ("headache", "pt"): (
        "Pare de treinar e procure ajuda médica urgente: uma dor de cabeça súbita e muito forte durante ou depois "
        "de um esforço (a pior da sua vida, como um trovão) tem de ser vista numa urgência agora, mesmo que "
        "esteja a passar. Com vómitos, confusão, pescoço rígido ou fraqueza, ligue 112 (Portugal) ou 192 "
        "(Brasil). Não levante pesos até um médico autorizar. Sou um treinador de fitness, não um médico."
    ),
    ("headache", "nl"): (
        "Stop met trainen en zoek meteen medische hulp: een plotselinge, heel hevige hoofdpijn tijdens of na een "
        "inspanning (de ergste van je leven, als een donderslag) moet nu op de spoedeisende hulp worden "
        "nagekeken, ook als hij minder wordt. Bij braken, verwardheid, een stijve nek of zwakte: bel 112. Til "
        "niets zwaars tot een arts het goedvindt. Ik ben een fitnesscoach, geen arts."
    ),
    ("headache", "es"): (
        "Deja de entrenar y busca atención médica ya: un dolor de cabeza repentino y muy fuerte al levantar peso "
        "o después (el peor de tu vida, como un trueno) hay que revisarlo ahora en urgencias, aunque se pase. Si "
        "vomitas, estás confuso, tienes el cuello rígido o debilidad, llama al número de emergencias (112, 911). "
        "No vuelvas a entrenar hasta que un médico lo permita. Soy un entrenador, no un médico."
    ),
    # clot
    ("clot", "de"): (
        "Bitte trainiere nicht damit und lass es noch heute ärztlich untersuchen. Eine geschwollene, warme, rote "
        "oder schmerzende Wade, besonders nach einem langen Flug, einer langen Fahrt oder einer Operation, kann "
        "ein Blutgerinnsel (Thrombose) sein. Wenn du zusätzlich Atemnot oder Brustschmerzen hast, ruf sofort den "
        "Notruf 112. Nicht massieren oder dehnen. Ich bin ein Fitness-Coach, kein Arzt."
    ),
    ("clot", "fr"): (
        "Ne t'entraîne pas dessus et consulte un médecin aujourd'hui. Un mollet gonflé, chaud, rouge ou "
        "douloureux, surtout après un long vol, un long trajet ou une opération, peut être un caillot (thrombose "
        "veineuse). Si tu es aussi essoufflé ou as mal à la poitrine, appelle le 112 maintenant. Ne le masse pas "
        "et ne l'étire pas. Je suis un coach sportif, pas un médecin."
    ),
    ("clot", "it"): (
        "Non allenarti e fatti vedere da un medico oggi. Un polpaccio gonfio, caldo, arrossato o dolente, "
        "soprattutto dopo un volo o un viaggio lungo o un intervento, può essere un coagulo (trombosi venosa "
        "profonda). Se hai anche fiato corto o dolore al petto, chiama subito il 112. Non massaggiarlo e non "
        "allungarlo. Sono un coach di fitness, non un medico."
    ),
    ("clot", "pt"): (
        "Não treine com isso e procure um médico hoje. Uma panturrilha (barriga da perna) inchada, quente, "
        "vermelha ou dolorida, sobretudo depois de um voo ou viagem longa ou de uma cirurgia, pode ser um coágulo "
        "(trombose venosa). Se também tiver falta de ar ou dor no peito, ligue já 112 (Portugal) ou 192 (Brasil). "
        "Não massageie nem alongue. Sou um treinador de fitness, não um médico."
    ),
    ("clot", "nl"): (
        "Train er niet op en laat het vandaag nog door een arts bekijken. Een dikke, warme, rode of pijnlijke "
        "kuit, vooral na een lange vlucht, een lange autorit of een operatie, kan een bloedstolsel (trombose) "
        "zijn. Ben je ook kortademig of heb je pijn op de borst, bel dan nu 112. Niet masseren of rekken. Ik ben "
        "een fitnesscoach, geen arts."
    ),
    ("clot", "es"): (
        "Por favor, no entrenes con esto y que te lo vea un médico hoy. Una pantorrilla hinchada, caliente, roja "
        "o dolorida, sobre todo después de un vuelo o un viaje largo o de una operación, puede ser un coágulo "
        "(trombosis). Si además te falta el aire o tienes dolor en el pecho, llama ya al número de emergencias "
        "(112, 911). No la masajees ni la estires. Soy un entrenador, no un médico."
    ),
    # joint_injury
    ("joint_injury", "de"): (
        "Bitte hör mit dem Training auf und lass es noch heute untersuchen, in einer Notfallpraxis oder der "
        "Notaufnahme; bis dahin kein Training damit, auch nicht mit Bandage oder Tape. Ein Knie, Knöchel oder "
        "Bein, das nach einem Verdrehen, Knacken oder Sturz dein Gewicht nicht trägt (vier Schritte), ein Knie, "
        "das nach einem Knacken innerhalb von Stunden anschwillt, oder eines, das blockiert und sich nicht "
        "strecken lässt, braucht eine Untersuchung und meist ein Röntgenbild (ein Bruch, ein Bänderriss wie das "
        "Kreuzband oder ein Meniskusriss). Bis dahin schonen und nicht belasten (Krücken, wenn du welche hast), "
        "15-20 Minuten kühlen, leicht komprimieren und hochlagern. Geh sofort in die Notaufnahme oder ruf 112, "
        "wenn es verschoben aussieht oder der Fuß kalt, blass oder taub ist. Ich bin ein Fitness-Coach, kein "
        "Arzt."
    ),
    ("joint_injury", "fr"): (
        "Arrête l'entraînement et fais-le examiner aujourd'hui, aux urgences ou dans un centre de soins non "
        "programmés ; pas d'entraînement dessus en attendant, même avec une attelle ou un strapping. Un genou, "
        "une cheville ou une jambe qui ne porte pas ton poids (quatre pas) après une torsion, un craquement ou "
        "une chute, un genou qui gonfle dans les heures qui suivent un craquement, ou qui se bloque et ne s'étend "
        "plus, doit être examiné, souvent avec une radio (une fracture, une rupture du ligament croisé ou du "
        "ménisque). En attendant, repos sans appui (béquilles si tu en as), glace 15-20 minutes, légère "
        "compression et jambe surélevée. Va directement aux urgences ou appelle le 112 si l'articulation paraît "
        "déplacée ou si le pied est froid, pâle ou engourdi. Je suis un coach sportif, pas un médecin."
    ),
    ("joint_injury", "it"): (
        "Smetti di allenarti e fallo vedere oggi stesso, in pronto soccorso o in un centro di assistenza urgente; "
        "nel frattempo niente allenamento su quell'articolazione, nemmeno con tutore o bendaggio. Un ginocchio, "
        "una caviglia o una gamba che non regge il tuo peso (quattro passi) dopo una torsione, uno schiocco o una "
        "caduta, un ginocchio che si gonfia entro poche ore da uno schiocco, o che si blocca e non si estende, va "
        "visitato, di solito con una radiografia (una frattura, una rottura del crociato o del menisco). Fino ad "
        "allora riposo senza carico (stampelle se le hai), ghiaccio 15-20 minuti, leggera compressione e gamba "
        "sollevata. Vai subito in pronto soccorso o chiama il 112 se sembra fuori posto o il piede è freddo, "
        "pallido o insensibile. Sono un coach di fitness, non un medico."
    ),
    ("joint_injury", "pt"): (
        "Pare de treinar e procure avaliação hoje, num serviço de urgência; até lá, nada de treino com essa "
        "articulação, nem com joelheira ou ligadura. Um joelho, tornozelo ou perna que não aguenta o teu peso "
        "(quatro passos) depois de uma torção, um estalo ou uma queda, um joelho que incha poucas horas depois de "
        "um estalo, ou que bloqueia e não estica, precisa de ser examinado, em geral com radiografia (uma "
        "fratura, uma rotura do ligamento cruzado ou do menisco). Até lá, repouso sem apoiar o peso (muletas se "
        "tiveres), gelo 15-20 minutos, compressão leve e perna elevada. Vai logo à urgência ou liga 112 "
        "(Portugal) ou 192 (Brasil) se parecer fora do lugar ou o pé estiver frio, pálido ou dormente. Sou um "
        "treinador de fitness, não um médico."
    ),
    ("joint_injury", "nl"): (
        "Stop met trainen en laat het vandaag nog bekijken, bij de huisartsenpost of de spoedeisende hulp; train "
        "er intussen niet mee, ook niet met een brace of tape. Een knie, enkel of been die na een verdraaiing, "
        "knak of val je gewicht niet draagt (vier stappen), een knie die binnen enkele uren na een knak opzwelt, "
        "of die op slot schiet en niet meer strekt, moet onderzocht worden, meestal met een röntgenfoto (een "
        "breuk, een gescheurde kruisband of meniscus). Tot dan rust zonder belasten (krukken als je die hebt), "
        "15-20 minuten koelen, licht drukverband en het been hoog. Ga meteen naar de spoedeisende hulp of bel 112 "
        "als het scheef staat of de voet koud, bleek of gevoelloos is. Ik ben een fitnesscoach, geen arts."
    ),
    ("joint_injury", "es"): (
        "Deja de entrenar y que te lo vean hoy, en urgencias; no entrenes sobre ello mientras tanto, ni con "
        "rodillera ni vendaje. Una rodilla, tobillo o pierna que no aguanta tu peso (cuatro pasos) tras un giro, "
        "un chasquido o una caída, una rodilla que se hincha en pocas horas tras un chasquido, o que se bloquea y "
        "no se estira, necesita exploración y normalmente una radiografía (reglas de Ottawa: fractura, rotura del "
        "ligamento cruzado o del menisco). Hasta entonces reposo y sin apoyar (muletas si tienes), hielo 15-20 "
        "minutos, compresión suave y la pierna en alto. Ve directamente a urgencias si parece fuera de sitio o el "
        "pie está frío, pálido o dormido. Soy un entrenador, no un médico."
    ),
    # self_harm
    ("self_harm", "de"): (
        "Es tut mir wirklich leid, dass es dir so geht, und ich bin froh, dass du es mir sagst. Deine Sicherheit "
        "ist wichtiger als jedes Training. Wenn du diesen Gedanken folgen könntest oder jetzt in Gefahr bist, ruf "
        "den Notruf 112. Du kannst jetzt sofort mit jemandem sprechen, kostenlos und vertraulich (die Nummern "
        "unten; in anderen Ländern nennt findahelpline.com eine Nummer). Wenn du kannst, erzähl heute einem "
        "Menschen, dem du vertraust, wie es dir geht, oder geh zu deiner Ärztin oder deinem Arzt."
    ),
    ("self_harm", "fr"): (
        "Je suis vraiment désolé que tu te sentes comme ça, et je suis content que tu me l'aies dit. Ta sécurité "
        "compte plus que n'importe quel entraînement. Si tu risques de passer à l'acte ou si tu es en danger "
        "maintenant, appelle le 112. Tu peux parler à quelqu'un tout de suite, gratuitement et en toute "
        "confidentialité (les numéros ci-dessous ; ailleurs, findahelpline.com en indique un). Si tu peux, dis "
        "aujourd'hui à une personne de confiance comment tu te sens, ou va voir ton médecin."
    ),
    ("self_harm", "it"): (
        "Mi dispiace davvero che tu ti senta così, e sono contento che tu me l'abbia detto. La tua sicurezza "
        "conta più di qualsiasi allenamento. Se potresti agire su questi pensieri o sei in pericolo adesso, "
        "chiama il 112. Puoi parlare con qualcuno subito, gratis e in modo riservato (i numeri qui sotto; "
        "altrove, findahelpline.com ne indica uno). Se puoi, racconta oggi a una persona di cui ti fidi come ti "
        "senti, o vai dal tuo medico."
    ),
    ("self_harm", "pt"): (
        "Sinto muito que esteja a sentir-se assim, e fico contente por me ter contado. A sua segurança importa "
        "mais do que qualquer treino. Se puder agir sobre esses pensamentos ou estiver em perigo agora, ligue 112 "
        "(Portugal) ou 192 (Brasil). Pode falar com alguém agora, de graça e em confidencialidade (os números "
        "abaixo; noutros países, findahelpline.com indica um). Se puder, conte hoje a alguém de confiança como se "
        "sente, ou vá ao seu médico."
    ),
    ("self_harm", "nl"): (
        "Het spijt me echt dat je je zo voelt, en ik ben blij dat je het me vertelt. Jouw veiligheid is "
        "belangrijker dan welke training ook. Als je iets met deze gedachten zou kunnen doen of nu in gevaar "
        "bent, bel 112. Je kunt nu meteen met iemand praten, gratis en anoniem (de nummers hieronder; elders "
        "noemt findahelpline.com een nummer). Vertel als het kan vandaag iemand die je vertrouwt hoe je je voelt, "
        "of ga naar je huisarts."
    ),
    ("self_harm", "es"): (
        "Siento mucho que te sientas así y me alegra que me lo hayas contado. Tu seguridad importa más que "
        "cualquier entrenamiento. Si puedes actuar sobre estos pensamientos o estás en peligro ahora, llama al "
        "número de emergencias (112, 911). Puedes hablar con alguien ahora, gratis y de forma confidencial: en "
        "España llama al 024 (línea de atención a la conducta suicida); en EE. UU. llama o escribe al 988 (opción "
        "en español); en cualquier otro país, findahelpline.com indica una línea en el tuyo. Si puedes, cuéntale "
        "hoy a alguien de confianza cómo te sientes, o ve a tu médico."
    ),
    # eating_disorder
    ("eating_disorder", "de"): (
        "Danke, dass du es mir erzählst; das braucht Mut. Erbrechen, Abführ- oder Entwässerungsmittel oder "
        "Hungern nach einem Essanfall schaden Herz, Zähnen und Darm und halten oft einen Kreislauf am Laufen, aus "
        "dem man allein schwer herauskommt. Das ist häufig und gut behandelbar, und du verdienst Unterstützung: "
        "bitte sprich mit deiner Hausärztin oder deinem Hausarzt oder mit einer Beratungsstelle für Essstörungen. "
        "Ich gebe hier keine Kalorien- oder Gewichtsziele vor. Bei Schwindel, Ohnmacht, Brustschmerzen oder "
        "Herzrasen hol dir sofort Hilfe (Notruf 112)."
    ),
    ("eating_disorder", "fr"): (
        "Merci de me l'avoir dit ; il faut du courage. Se faire vomir, prendre des laxatifs ou des diurétiques, "
        "ou jeûner après une crise abîme le cœur, les dents et l'intestin, et entretient souvent un cercle "
        "difficile à casser seul. C'est fréquent et ça se soigne, et tu mérites du soutien : parles-en à ton "
        "médecin traitant ou à un centre spécialisé dans les troubles des conduites alimentaires (TCA). Je ne "
        "fixerai pas ici d'objectifs de calories ou de poids. En cas de malaise, de douleur à la poitrine ou de "
        "cœur qui s'emballe, appelle le 112."
    ),
    ("eating_disorder", "it"): (
        "Grazie di avermelo detto; ci vuole coraggio. Vomitare, usare lassativi o diuretici, o digiunare dopo "
        "un'abbuffata danneggia cuore, denti e intestino e spesso mantiene un circolo difficile da spezzare da "
        "soli. È frequente e si cura, e meriti sostegno: parlane con il tuo medico di base o con un centro per i "
        "disturbi alimentari (DCA). Qui non fisserò obiettivi di calorie o di peso. Se ti senti svenire, hai "
        "dolore al petto o il cuore accelerato, chiama il 112."
    ),
    ("eating_disorder", "pt"): (
        "Obrigado por me contar; isso exige coragem. Vomitar, usar laxantes ou diuréticos, ou jejuar depois de "
        "uma compulsão prejudica o coração, os dentes e o intestino, e muitas vezes mantém um ciclo difícil de "
        "quebrar sozinho. É comum e tem tratamento, e você merece apoio: fale com o seu médico de família ou com "
        "um serviço especializado em perturbações (transtornos) alimentares. Não vou definir metas de calorias ou "
        "de peso aqui. Se sentir desmaio, dor no peito ou coração acelerado, ligue 112 (Portugal) ou 192 "
        "(Brasil)."
    ),
    ("eating_disorder", "nl"): (
        "Dank je dat je het me vertelt; dat vraagt moed. Overgeven, laxeermiddelen of plaspillen, of vasten na "
        "een eetbui beschadigen je hart, tanden en darmen en houden vaak een cirkel in stand die je alleen "
        "moeilijk doorbreekt. Het komt veel voor en is goed te behandelen, en je verdient steun: praat met je "
        "huisarts of met een behandelaar voor eetstoornissen. Ik geef hier geen calorie- of gewichtsdoelen. Voel "
        "je je flauw, heb je pijn op de borst of een jagend hart, bel dan 112."
    ),
    ("eating_disorder", "es"): (
        "Gracias por contármelo; hace falta valor. Provocarte el vómito, tomar laxantes o diuréticos o dejar de "
        "comer después de un atracón daña el corazón, los dientes y el intestino, y a menudo mantiene un ciclo "
        "del que es muy difícil salir a solas. Es frecuente y tiene tratamiento, y mereces apoyo: habla con tu "
        "médico o con una línea de ayuda sobre trastornos alimentarios (en España, ADANER; en EE. UU., ANAD en el "
        "1-888-375-7767). No voy a darte objetivos de calorías ni de peso. Si te mareas, te desmayas o tienes "
        "dolor en el pecho o el corazón acelerado, pide ayuda urgente (112, 911)."
    ),
    # eating_disorder_again
    ("eating_disorder_again", "de"): (
        "Ich halte es einfach und überlasse Mengen, Kalorienziele, Fastenzeiten und Gewichtsziele deinem "
        "Behandlungsteam: mit dem, was du mir erzählt hast, legt das am besten jemand fest, der deine Geschichte "
        "kennt. Regelmäßige Mahlzeiten über den Tag, jeweils mit etwas Eiweiß, Kohlenhydraten und Fett, "
        "unterstützen Training und Erholung am besten. Wenn Essen gerade schwer ist, sprich mit deiner Hausärztin "
        "oder deinem Hausarzt oder einer Beratungsstelle für Essstörungen."
    ),
    ("eating_disorder_again", "fr"): (
        "Je vais rester simple et laisser les quantités, les objectifs de calories, les périodes de jeûne et les "
        "objectifs de poids à ton équipe de soins : avec ce que tu m'as dit, c'est à quelqu'un qui connaît ton "
        "histoire de les fixer. Des repas réguliers dans la journée, chacun avec des protéines, des glucides et "
        "des graisses, soutiennent le mieux l'entraînement et la récupération. Si manger est difficile en ce "
        "moment, parles-en à ton médecin ou à un centre spécialisé TCA."
    ),
    ("eating_disorder_again", "it"): (
        "Resto sul semplice e lascio quantità, obiettivi di calorie, finestre di digiuno e obiettivi di peso al "
        "tuo team di cura: con quello che mi hai detto, è meglio che li fissi chi conosce la tua storia. Pasti "
        "regolari durante la giornata, ognuno con proteine, carboidrati e grassi, sostengono al meglio "
        "allenamento e recupero. Se mangiare è difficile adesso, parlane con il tuo medico o con un centro DCA."
    ),
    ("eating_disorder_again", "pt"): (
        "Vou manter isto simples e deixar quantidades, metas de calorias, janelas de jejum e metas de peso para a "
        "sua equipa de saúde: com o que me contou, é melhor que as defina alguém que conhece a sua história. "
        "Refeições regulares ao longo do dia, cada uma com proteína, hidratos de carbono e gordura, apoiam melhor "
        "o treino e a recuperação. Se comer está difícil agora, fale com o seu médico ou com um serviço "
        "especializado em perturbações alimentares."
    ),
    ("eating_disorder_again", "nl"): (
        "Ik houd het eenvoudig en laat hoeveelheden, caloriedoelen, vastenperiodes en gewichtsdoelen aan je "
        "behandelteam: met wat je me verteld hebt, kan iemand die je geschiedenis kent die het beste bepalen. "
        "Regelmatige maaltijden verspreid over de dag, elk met wat eiwit, koolhydraten en vet, ondersteunen "
        "training en herstel het beste. Is eten nu moeilijk, praat dan met je huisarts of een behandelaar voor "
        "eetstoornissen."
    ),
    ("eating_disorder_again", "es"): (
        "Lo haré sencillo y dejaré las cantidades, los objetivos de calorías, los ayunos y los objetivos de peso "
        "a tu equipo de tratamiento: con lo que me has contado, es mejor que los fije alguien que conoce tu "
        "historia. En general, comidas regulares a lo largo del día (cada 3-4 horas), cada una con algo de "
        "proteína, hidratos y grasa, son lo que mejor apoya el entrenamiento y la recuperación, y comer antes y "
        "después de entrenar ayuda. Si ahora comer te resulta difícil, tu médico o una línea de ayuda sobre "
        "trastornos alimentarios (en España, ADANER) pueden ayudarte."
    ),
    # eating_disorder_minor
    ("eating_disorder_minor", "de"): (
        "Danke, dass du es mir erzählst; das braucht Mut. Sehr wenig zu essen, etwa nur einen Apfel am Tag, ist "
        "nicht sicher, solange du noch wächst: Es kann zu Ohnmacht führen, Herz und Knochen schwächen, deine "
        "Periode ausbleiben lassen und Stimmung und Schule beeinträchtigen. Dünner sein zu wollen als andere ist "
        "ein Gefühl, mit dem viele kämpfen, und du verdienst Hilfe dabei. Bitte erzähl deinen Eltern, der "
        "Schulkrankenschwester, einer Lehrerin oder einem anderen Erwachsenen, dem du vertraust, wie du gegessen "
        "hast, und geh zu deiner Ärztin oder deinem Arzt; du kannst auch mit einer Beratungsstelle für "
        "Essstörungen sprechen (in Deutschland z. B. die BZgA-Beratung 0221 892031). Ich gebe hier keine "
        "Kalorien- oder Gewichtsziele vor. Wenn dir schwindelig wird, du Brustschmerzen oder Herzrasen hast, hol "
        "dir sofort Hilfe (Notruf 112)."
    ),
    ("eating_disorder_minor", "fr"): (
        "Merci de me l'avoir dit ; ça demande du courage. Manger très peu, comme une pomme par jour, n'est pas "
        "sûr pendant que tu grandis : ça peut te faire t'évanouir, affaiblir ton cœur et tes os, arrêter tes "
        "règles et toucher ton humeur et tes cours. Vouloir être plus mince que les autres est un sentiment avec "
        "lequel beaucoup de gens se battent, et tu mérites de l'aide. S'il te plaît, dis à un parent, à "
        "l'infirmière scolaire, à un prof ou à un autre adulte de confiance comment tu manges, et va voir ton "
        "médecin ; tu peux aussi parler à une ligne d'écoute sur les troubles alimentaires. Je ne fixe pas "
        "d'objectif de calories ou de poids ici. Si tu te sens partir, as mal à la poitrine ou le cœur qui "
        "s'emballe, demande de l'aide tout de suite (112)."
    ),
    ("eating_disorder_minor", "it"): (
        "Grazie per avermelo detto; ci vuole coraggio. Mangiare pochissimo, come una mela al giorno, non è sicuro "
        "mentre stai ancora crescendo: può farti svenire, indebolire cuore e ossa, fermare il ciclo e pesare "
        "sull'umore e sulla scuola. Voler essere più magri degli altri è una sensazione con cui lottano in tanti, "
        "e meriti aiuto. Per favore racconta a un genitore, all'infermiera della scuola, a un insegnante o a un "
        "altro adulto di cui ti fidi come hai mangiato, e vai dal tuo medico; puoi anche parlare con un numero di "
        "aiuto per i disturbi alimentari. Qui non fisso obiettivi di calorie o di peso. Se ti senti svenire, hai "
        "dolore al petto o il cuore che batte forte, chiedi subito aiuto (112)."
    ),
    ("eating_disorder_minor", "pt"): (
        "Obrigado por me contares; isso exige coragem. Comer muito pouco, como uma maçã por dia, não é seguro "
        "enquanto ainda estás a crescer: pode fazer-te desmaiar, enfraquecer o coração e os ossos, parar a "
        "menstruação e afetar o humor e a escola. Querer ser mais magro do que os outros é um sentimento com que "
        "muita gente luta, e mereces ajuda. Por favor conta a um dos teus pais, à enfermeira da escola, a um "
        "professor ou a outro adulto em quem confies como tens comido, e vai ao teu médico; também podes falar "
        "com um serviço de apoio para perturbações (transtornos) alimentares. Não vou definir metas de calorias "
        "ou de peso aqui. Se te sentires a desmaiar, tiveres dor no peito ou o coração acelerado, pede ajuda já "
        "(112 em Portugal, 192 no Brasil)."
    ),
    ("eating_disorder_minor", "nl"): (
        "Dank je dat je het me vertelt; daar is moed voor nodig. Heel weinig eten, zoals één appel per dag, is "
        "niet veilig zolang je nog groeit: je kunt flauwvallen, je hart en botten worden zwakker, je menstruatie "
        "kan stoppen en het raakt je stemming en je schoolwerk. Dunner willen zijn dan anderen is een gevoel waar "
        "veel mensen mee worstelen, en je verdient hulp daarbij. Vertel alsjeblieft een ouder, de "
        "schoolverpleegkundige, een leraar of een andere volwassene die je vertrouwt hoe je hebt gegeten, en ga "
        "naar je huisarts; je kunt ook praten met een hulplijn voor eetstoornissen. Ik geef hier geen calorie- of "
        "gewichtsdoelen. Als je je flauw voelt, pijn op de borst hebt of je hart op hol slaat, vraag dan meteen "
        "hulp (112)."
    ),
    ("eating_disorder_minor", "es"): (
        "Gracias por contármelo; hace falta valor. Comer muy poco, como una manzana al día, no es seguro mientras "
        "sigues creciendo: puede hacer que te desmayes, debilitar tu corazón y tus huesos, quitarte la regla y "
        "afectar a tu ánimo y a los estudios. Querer estar más delgado que los demás es algo con lo que lucha "
        "mucha gente, y mereces ayuda. Por favor, cuéntale a tu madre, padre o tutor, a la enfermera del colegio, "
        "a un profesor o a otro adulto de confianza cómo has estado comiendo, y ve a tu médico; también puedes "
        "hablar con una línea de ayuda sobre trastornos alimentarios (en España, ADANER). No voy a darte "
        "objetivos de calorías ni de peso. Si te mareas, te duele el pecho o el corazón se te acelera, pide ayuda "
        "enseguida (112, 911)."
    ),
    # compensation
    ("compensation", "de"): (
        "Nach einem Essanfall oder einer großen Mahlzeit gibt es nichts wiedergutzumachen: keine ausgelassenen "
        "Mahlzeiten, kein Fasten und kein Extra-Cardio zum Abtrainieren. Iss deine nächste Mahlzeit wie gewohnt "
        "und trainiere wie geplant. Wenn Essanfälle wiederkommen oder sich unkontrollierbar anfühlen, verdient "
        "das Unterstützung: deine Hausarztpraxis oder eine Essstörungs-Beratung (in Deutschland z. B. die "
        "BZgA-Beratung 0221 892031) kann helfen, und früh darüber zu sprechen macht einen echten Unterschied."
    ),
    ("compensation", "fr"): (
        "Après une crise ou un gros repas, il n'y a rien à rattraper : pas de repas sautés, pas de jeûne et pas "
        "de cardio en plus pour le brûler. Prends ton prochain repas comme d'habitude et entraîne-toi comme "
        "prévu. Si les crises reviennent ou semblent incontrôlables, cela mérite du soutien : ton médecin ou une "
        "ligne d'écoute sur les troubles alimentaires (en France, Anorexie Boulimie Info Écoute 09 69 325 900) "
        "peut aider, et en parler tôt change vraiment les choses."
    ),
    ("compensation", "it"): (
        "Dopo un'abbuffata o un pasto abbondante non c'è niente da recuperare: niente pasti saltati, niente "
        "digiuno e niente cardio in più per smaltirlo. Fai il prossimo pasto come sempre e allenati come "
        "previsto. Se le abbuffate tornano o sembrano fuori controllo, meritano un aiuto: il tuo medico o il "
        "numero verde SOS Disturbi Alimentari 800 180 969 possono aiutarti, e parlarne presto fa davvero la "
        "differenza."
    ),
    ("compensation", "pt"): (
        "Depois de uma compulsão ou de uma refeição grande, não há nada a compensar: sem saltar refeições, sem "
        "jejum e sem cardio extra para queimar. Faz a próxima refeição como de costume e treina como planeado. Se "
        "as compulsões se repetem ou parecem fora de controlo, isso merece apoio: o teu médico de família ou uma "
        "linha de apoio para perturbações alimentares pode ajudar, e falar cedo faz mesmo diferença."
    ),
    ("compensation", "nl"): (
        "Na een eetbui of een grote maaltijd hoef je niets goed te maken: geen maaltijden overslaan, niet vasten "
        "en geen extra cardio om het eraf te trainen. Eet je volgende maaltijd zoals altijd en train zoals "
        "gepland. Komen eetbuien terug of voelen ze onbeheersbaar, dan verdient dat steun: je huisarts of "
        "Proud2Bme en het Ivy-informatiepunt eetstoornissen kunnen helpen, en er vroeg over praten maakt echt "
        "verschil."
    ),
    ("compensation", "es"): (
        "Después de un atracón o una comida grande no hay nada que compensar: no te saltes comidas, no ayunes y "
        "no hagas cardio extra para quemarlo. Haz tu próxima comida como siempre y entrena según lo previsto. Si "
        "los atracones se repiten o sientes que no los controlas, mereces apoyo: tu médico o una línea de ayuda "
        "sobre trastornos alimentarios (en España, ADANER; en EE. UU., ANAD) pueden ayudarte, y hablarlo pronto "
        "marca una diferencia real."
    ),
    # underweight
    ("underweight", "de"): (
        "Beim weiteren Abnehmen helfe ich nicht: Nach dem, was du mir erzählt hast, liegt dein Gewicht schon "
        "unter dem gesunden Bereich für deine Größe, und nüchternes oder zusätzliches Cardio zum Abnehmen würde "
        "dir Kraft, Energie und Knochengesundheit nehmen. Helfen kann ich mit Training, das dich aufbaut: "
        "Krafttraining zwei- oder dreimal pro Woche, eine Mahlzeit oder ein Snack mit Kohlenhydraten und Eiweiß "
        "rund um jede Einheit, und Ruhetage. Wenn Gedanken an Essen, Gewicht oder deinen Körper schwer zu "
        "bewältigen sind, sprich bitte mit deiner Ärztin oder deinem Arzt oder einer Beratungsstelle für "
        "Essstörungen (in Deutschland z. B. die BZgA-Beratung 0221 892031); du verdienst Unterstützung dabei."
    ),
    ("underweight", "fr"): (
        "Je ne t'aiderai pas à perdre plus de poids : d'après ce que tu m'as dit, ton poids est déjà sous la zone "
        "saine pour ta taille, et du cardio à jeun ou en plus pour maigrir encore te prendrait de la force, de "
        "l'énergie et de la santé osseuse. Ce que je peux faire, c'est un entraînement qui te construit : de la "
        "musculation deux ou trois fois par semaine, un repas ou une collation avec des glucides et des protéines "
        "autour de chaque séance, et des jours de repos. Si les pensées sur la nourriture, le poids ou ton corps "
        "sont difficiles à gérer, parle à ton médecin ou à une ligne d'écoute sur les troubles alimentaires ; tu "
        "mérites d'être soutenu."
    ),
    ("underweight", "it"): (
        "Non ti aiuterò a perdere altro peso: da quello che mi hai detto, il tuo peso è già sotto l'intervallo "
        "sano per la tua altezza, e il cardio a digiuno o in più per dimagrire ancora ti toglierebbe forza, "
        "energia e salute delle ossa. Posso aiutarti con un allenamento che ti rinforza: pesi due o tre volte a "
        "settimana, un pasto o uno spuntino con carboidrati e proteine intorno a ogni seduta, e giorni di riposo. "
        "Se i pensieri sul cibo, sul peso o sul tuo corpo sono difficili da gestire, parla con il tuo medico o "
        "con un numero di aiuto per i disturbi alimentari; meriti sostegno."
    ),
    ("underweight", "pt"): (
        "Não vou ajudar a perder mais peso: pelo que me contaste, o teu peso já está abaixo do intervalo saudável "
        "para a tua altura, e cardio em jejum ou a mais para emagrecer ainda mais tirava-te força, energia e "
        "saúde dos ossos. O que posso fazer é um treino que te fortalece: musculação duas ou três vezes por "
        "semana, uma refeição ou um lanche com hidratos e proteína à volta de cada treino, e dias de descanso. Se "
        "os pensamentos sobre comida, peso ou o teu corpo forem difíceis de gerir, fala com o teu médico ou com "
        "um serviço de apoio para perturbações (transtornos) alimentares; mereces apoio."
    ),
    ("underweight", "nl"): (
        "Ik help niet met verder afvallen: uit wat je me vertelde ligt je gewicht al onder het gezonde bereik "
        "voor je lengte, en nuchter of extra cardio om nog meer af te vallen zou je kracht, energie en "
        "botgezondheid kosten. Waar ik wel mee help is training die je opbouwt: krachttraining twee of drie keer "
        "per week, een maaltijd of snack met koolhydraten en eiwit rond elke training, en rustdagen. Als "
        "gedachten over eten, gewicht of je lichaam moeilijk te hanteren zijn, praat dan met je huisarts of een "
        "hulplijn voor eetstoornissen; je verdient daar steun bij."
    ),
    ("underweight", "es"): (
        "No voy a ayudarte a perder más peso: por lo que me has contado, tu peso ya está por debajo del rango "
        "saludable para tu altura, y hacer cardio en ayunas o más cardio para adelgazar más te quitaría fuerza, "
        "energía y salud de los huesos. Con lo que sí puedo ayudarte es con un entrenamiento que te fortalezca: "
        "fuerza dos o tres veces por semana, una comida o un tentempié con hidratos y proteína alrededor de cada "
        "sesión, y días de descanso. Si los pensamientos sobre la comida, el peso o tu cuerpo se te hacen "
        "difíciles, habla con tu médico o con una línea de ayuda sobre trastornos alimentarios (en España, "
        "ADANER); mereces apoyo."
    ),
    # crash_diet
    ("crash_diet", "de"): (
        "Das kann ich nicht empfehlen: sehr kalorienarme Diäten, mehrtägiges Fasten, Diätpillen oder Wasser "
        "abbauen kosten Muskeln und Kraft, können Schwindel, Gallensteine und Herzrhythmusstörungen auslösen, und "
        "das Gewicht kommt meist zurück. Ein sicheres Tempo sind etwa 0,5-1 % deines Körpergewichts pro Woche, "
        "aus einem moderaten Defizit von etwa 300-500 kcal am Tag unter deinem Verbrauch, mit viel Eiweiß (etwa "
        "1,6 g pro kg Körpergewicht) und weiter Krafttraining. Unter etwa 1.200 kcal am Tag zu essen oder "
        "schneller abzunehmen gehört unter ärztliche oder ernährungstherapeutische Aufsicht. Um für eine Wiegung "
        "Gewicht zu machen, sprich mit dem medizinischen Team deines Sports, statt zu dehydrieren."
    ),
    ("crash_diet", "fr"): (
        "Je ne peux pas te le recommander : les régimes très basses calories, les jeûnes de plusieurs jours, les "
        "pilules amaigrissantes ou perdre de l'eau coûtent du muscle et de la force, peuvent provoquer des "
        "malaises, des calculs biliaires et des troubles du rythme cardiaque, et le poids revient le plus "
        "souvent. Un rythme sûr, c'est environ 0,5-1 % de ton poids par semaine, avec un déficit modéré d'environ "
        "300-500 kcal par jour sous ce que tu dépenses, beaucoup de protéines (environ 1,6 g par kg de poids) et "
        "ton entraînement de force maintenu. Manger moins d'environ 1 200 kcal par jour, ou perdre plus vite, "
        "demande le suivi d'un médecin ou d'un diététicien. Pour faire le poids avant une pesée, parle à l'équipe "
        "médicale de ton sport plutôt que de te déshydrater."
    ),
    ("crash_diet", "it"): (
        "Non posso consigliartelo: diete con pochissime calorie, digiuni di più giorni, pillole dimagranti o "
        "perdere acqua costano muscoli e forza, possono causare svenimenti, calcoli alla cistifellea e problemi "
        "del ritmo cardiaco, e il peso di solito torna. Un ritmo sicuro è circa lo 0,5-1 % del peso corporeo a "
        "settimana, con un deficit moderato di circa 300-500 kcal al giorno sotto quello che consumi, tante "
        "proteine (circa 1,6 g per kg di peso) e l'allenamento di forza mantenuto. Mangiare meno di circa 1.200 "
        "kcal al giorno, o dimagrire più in fretta, va fatto sotto il controllo di un medico o di un dietista. "
        "Per fare il peso prima di una pesata, parla con lo staff medico del tuo sport invece di disidratarti."
    ),
    ("crash_diet", "pt"): (
        "Não posso recomendar isso: dietas com muito poucas calorias, jejuns de vários dias, comprimidos para "
        "emagrecer ou cortar água custam músculo e força, podem causar desmaios, pedras na vesícula e problemas "
        "do ritmo cardíaco, e o peso costuma voltar. Um ritmo seguro é cerca de 0,5-1 % do teu peso por semana, "
        "com um défice moderado de cerca de 300-500 kcal por dia abaixo do que gastas, muita proteína (cerca de "
        "1,6 g por kg de peso) e o treino de força mantido. Comer menos de cerca de 1.200 kcal por dia, ou perder "
        "mais depressa, precisa de acompanhamento de um médico ou nutricionista. Para fazer o peso antes de uma "
        "pesagem, fala com a equipa médica do teu desporto em vez de te desidratares."
    ),
    ("crash_diet", "nl"): (
        "Dat kan ik niet aanraden: heel caloriearme diëten, meerdaagse vastenkuren, afslankpillen of vocht "
        "kwijtraken kosten spieren en kracht, kunnen flauwvallen, galstenen en hartritmestoornissen geven, en het "
        "gewicht komt meestal terug. Een veilig tempo is ongeveer 0,5-1 % van je lichaamsgewicht per week, met "
        "een gematigd tekort van ongeveer 300-500 kcal per dag onder wat je verbruikt, veel eiwit (ongeveer 1,6 g "
        "per kg lichaamsgewicht) en je krachttraining erbij. Minder dan ongeveer 1.200 kcal per dag eten, of "
        "sneller afvallen, hoort onder begeleiding van een arts of diëtist. Om gewicht te maken voor een weging "
        "praat je met de medische staf van je sport, in plaats van uit te drogen."
    ),
    ("crash_diet", "es"): (
        "No puedo recomendarte eso: las dietas muy bajas en calorías, los ayunos de varios días, las pastillas "
        "para adelgazar o perder agua te quitan músculo y fuerza, pueden causar mareos, cálculos biliares y "
        "alteraciones del ritmo cardíaco, y el peso casi siempre vuelve. Un ritmo seguro es perder un 0,5-1 % de "
        "tu peso por semana, con un déficit moderado de unas 300-500 kcal al día por debajo de lo que gastas, "
        "mucha proteína (unos 1,6 g por kg de peso) y sin dejar el entrenamiento de fuerza. Comer menos de unas "
        "1.200 kcal al día, o perder más rápido, necesita la supervisión de un médico o dietista. Para dar el "
        "peso en un pesaje, habla con el equipo médico de tu deporte en vez de deshidratarte."
    ),
    # medicines
    ("medicines", "de"): (
        "Zu Medikamenten kann ich nichts raten: Dosis, tägliche Einnahme oder Absetzen gehören zu deiner Ärztin, "
        "deinem Arzt oder in die Apotheke, die deine Vorgeschichte kennen. Schmerzmittel wie Ibuprofen vor jedem "
        "Training können Magen, Nieren und Herz belasten und Warnzeichen verdecken. Bitte setz ein verordnetes "
        "Medikament nicht ohne deine Ärztin oder deinen Arzt ab. Wenn etwas weh tut, lass die Übung weg, bis es "
        "untersucht ist."
    ),
    ("medicines", "fr"): (
        "Je ne peux pas te conseiller sur les médicaments : la dose, une prise quotidienne ou l'arrêt d'un "
        "traitement relèvent de ton médecin ou de ton pharmacien, qui connaissent tes antécédents. Prendre des "
        "anti-inflammatoires comme l'ibuprofène avant chaque séance peut abîmer l'estomac, les reins et le cœur "
        "et masquer des signes d'alerte. N'arrête pas un traitement prescrit sans ton médecin. Si quelque chose "
        "fait mal, arrête l'exercice en cause jusqu'à ce que ce soit examiné."
    ),
    ("medicines", "it"): (
        "Non posso darti consigli sui farmaci: dose, assunzione quotidiana o sospensione spettano al tuo medico o "
        "al farmacista, che conoscono la tua storia. Prendere antinfiammatori come l'ibuprofene prima di ogni "
        "allenamento può danneggiare stomaco, reni e cuore e nascondere segnali di allarme. Non sospendere un "
        "farmaco prescritto senza il tuo medico. Se qualcosa fa male, evita l'esercizio che lo provoca finché non "
        "è stato controllato."
    ),
    ("medicines", "pt"): (
        "Não posso aconselhar sobre medicamentos: a dose, tomar todos os dias ou parar um remédio é com o seu "
        "médico ou farmacêutico, que conhecem o seu historial. Tomar anti-inflamatórios como o ibuprofeno antes "
        "de cada treino pode prejudicar o estômago, os rins e o coração e esconder sinais de alerta. Não pare um "
        "medicamento receitado sem o seu médico. Se algo doer, pare o exercício que o provoca até ser avaliado."
    ),
    ("medicines", "nl"): (
        "Ik kan je geen advies geven over medicijnen: de dosis, dagelijks gebruik of stoppen hoort bij je arts of "
        "apotheker, die je voorgeschiedenis kennen. Pijnstillers zoals ibuprofen voor elke training kunnen je "
        "maag, nieren en hart belasten en waarschuwingssignalen verbergen. Stop niet met een voorgeschreven "
        "medicijn zonder je arts. Doet iets pijn, laat die oefening dan weg tot het is nagekeken."
    ),
    ("medicines", "es"): (
        "No puedo diagnosticar síntomas ni aconsejar sobre medicamentos: eso necesita un médico, fisioterapeuta o "
        "farmacéutico que pueda examinarte y conozca tu historia. Por favor, no empieces, dejes ni cambies un "
        "medicamento sin tu médico, y si tu médico te ha dicho que no hagas ejercicio o que esperes a que te dé "
        "el alta, síguelo: no puedo escribir un entrenamiento que lo rodee. Si algo duele, deja el ejercicio que "
        "lo provoca hasta que lo hayan revisado; cuando sepas qué es, te ayudo a entrenar respetándolo."
    ),
    # pregnancy
    ("pregnancy", "de"): (
        "Aktiv zu bleiben ist in den meisten Schwangerschaften gut (etwa 150 Minuten pro Woche in moderatem "
        "Tempo, bei dem du noch sprechen kannst), aber sprich bitte zuerst mit deiner Hebamme oder Ärztin, und "
        "wieder, wenn sich etwas ändert. Allgemein: ab dem zweiten Drittel nicht lange flach auf dem Rücken "
        "liegen, keine Kontaktsportarten und nichts mit Sturzrisiko, Überhitzung meiden, unter schweren Lasten "
        "nicht die Luft anhalten und Gewichte wählen, die du noch mehrmals heben könntest, statt Maximalversuche. "
        "Hör auf und hol dir ärztlichen Rat bei Blutungen, Flüssigkeitsverlust, regelmäßigen schmerzhaften Wehen, "
        "Schwindel oder Ohnmacht, Brustschmerzen, Kopfschmerzen, Wadenschmerzen oder -schwellung; im Notfall 112."
    ),
    ("pregnancy", "fr"): (
        "Rester active est bon pour la plupart des grossesses (environ 150 minutes par semaine à une intensité "
        "modérée, où tu peux encore parler), mais vois d'abord ta sage-femme ou ton médecin, et de nouveau dès "
        "que quelque chose change. En général : après le premier trimestre, évite de rester longtemps à plat sur "
        "le dos, les sports de contact et tout risque de chute, la surchauffe, ne bloque pas ta respiration sous "
        "des charges lourdes et choisis des charges que tu pourrais soulever encore plusieurs fois plutôt que des "
        "maximales. Arrête et demande un avis médical en cas de saignement, de perte de liquide, de contractions "
        "régulières douloureuses, de vertige ou de malaise, de douleur thoracique, de maux de tête, de douleur ou "
        "gonflement du mollet ; en urgence, le 112."
    ),
    ("pregnancy", "it"): (
        "Restare attiva fa bene nella maggior parte delle gravidanze (circa 150 minuti a settimana di attività "
        "moderata, in cui riesci ancora a parlare), ma senti prima la tua ostetrica o il tuo medico, e di nuovo "
        "ogni volta che qualcosa cambia. In generale: dopo il primo trimestre evita di stare a lungo distesa "
        "sulla schiena, gli sport di contatto e tutto ciò che comporta rischio di cadute, il surriscaldamento, "
        "non trattenere il respiro sotto carichi pesanti e scegli pesi che potresti sollevare ancora diverse "
        "volte invece dei massimali. Fermati e chiedi un parere medico per sanguinamento, perdita di liquido, "
        "contrazioni dolorose regolari, capogiri o svenimento, dolore al petto, mal di testa, dolore o gonfiore "
        "al polpaccio; in emergenza, il 112."
    ),
    ("pregnancy", "pt"): (
        "Manter-se ativa faz bem na maioria das gestações (cerca de 150 minutos por semana de atividade moderada, "
        "em que ainda consegues falar), mas fala primeiro com a tua parteira, obstetra ou médico, e de novo "
        "sempre que algo mudar. Em geral: depois do primeiro trimestre evita ficar muito tempo deitada de costas, "
        "desportos de contacto e risco de queda, o sobreaquecimento, não prendas a respiração com cargas pesadas "
        "e escolhe pesos que ainda conseguirias levantar várias vezes em vez de cargas máximas. Pára e procura "
        "aconselhamento médico se tiveres sangramento, perda de líquido, contrações dolorosas regulares, tonturas "
        "ou desmaio, dor no peito, dor de cabeça, dor ou inchaço na barriga da perna; em emergência, 112 "
        "(Portugal) ou 192 (Brasil)."
    ),
    ("pregnancy", "nl"): (
        "Actief blijven is goed bij de meeste zwangerschappen (ongeveer 150 minuten per week op een matig tempo "
        "waarbij je nog kunt praten), maar overleg eerst met je verloskundige of arts, en opnieuw zodra er iets "
        "verandert. In het algemeen: lig na het eerste trimester niet lang plat op je rug, geen contactsporten of "
        "iets met valrisico, voorkom oververhitting, houd je adem niet in onder zware lasten en kies gewichten "
        "die je nog een aantal keer zou kunnen tillen in plaats van maximale pogingen. Stop en vraag medisch "
        "advies bij bloedverlies, vochtverlies, regelmatige pijnlijke weeën, duizeligheid of flauwvallen, pijn op "
        "de borst, hoofdpijn, pijn of zwelling in de kuit; bij nood 112."
    ),
    ("pregnancy", "es"): (
        "Mantenerse activa es bueno en la mayoría de los embarazos (unos 150 minutos por semana de actividad "
        "moderada, en la que todavía puedas hablar), pero consulta antes con tu matrona o tu médico, y otra vez "
        "cuando algo cambie. Pautas generales (ACOG): después del primer trimestre evita estar mucho tiempo "
        "tumbada boca arriba, los deportes de contacto y todo lo que tenga riesgo de caída, el calor excesivo y "
        "el yoga caliente; no aguantes la respiración con cargas pesadas y elige pesos que podrías levantar "
        "varias veces más, no levantamientos máximos. Para y pide consejo médico si tienes sangrado, pérdida de "
        "líquido, contracciones regulares y dolorosas, mareo o desmayo, dolor en el pecho, dolor de cabeza, dolor "
        "o hinchazón en la pantorrilla o falta de aire antes de empezar. Después del parto, tu matrona o tu "
        "médico (a menudo en la revisión de las seis semanas) te dirá cuándo volver; vuelve poco a poco, primero "
        "el suelo pélvico, y consulta a un fisioterapeuta de suelo pélvico si hay pérdidas o pesadez. No hagas "
        "dietas estrictas ni tomes quemagrasas, pastillas para adelgazar o suplementos durante el embarazo o la "
        "lactancia sin tu matrona o tu médico. Los planes de Vigor no están escritos para el embarazo: sigue el "
        "plan de tu equipo médico. Emergencias: 112, 911."
    ),
    # ped
    ("ped", "de"): (
        "Bei Dosen, Kuren oder Bezugsquellen für anabole Steroide, SARMs, Clenbuterol, DNP, Wachstumshormon oder "
        "ähnliche Mittel kann ich nicht helfen. Ohne ärztliche Betreuung bergen sie ernste Risiken: Bluthochdruck "
        "und Herzerkrankungen, Leberschäden, das Abschalten deiner eigenen Hormone und Unfruchtbarkeit, "
        "Stimmungsschwankungen und bei DNP oder Clenbuterol Überhitzung und gefährliche Herzrhythmusstörungen; "
        "online verkaufte Produkte enthalten oft nicht, was auf dem Etikett steht. Wenn du schon etwas nimmst, "
        "sag es bitte deiner Ärztin oder deinem Arzt, damit Blutdruck, Blutwerte und Herz ohne Vorwurf "
        "kontrolliert werden; wenn ein Arzt dir ein Medikament verschrieben hat (Testosteronersatz, ein Kortison "
        "gegen Asthma), folge seinem Rat. Training, Essen und Schlaf bringen den größten Fortschritt: frag mich "
        "nach deinem Plan."
    ),
    ("ped", "fr"): (
        "Je ne peux pas t'aider avec des doses, des cycles ou des sources de stéroïdes anabolisants, de SARMs, de "
        "clenbutérol, de DNP, d'hormone de croissance ou de produits semblables. Sans suivi médical, ils "
        "comportent des risques sérieux : hypertension et maladies du cœur, atteinte du foie, arrêt de tes "
        "propres hormones et infertilité, troubles de l'humeur et, avec le DNP ou le clenbutérol, surchauffe et "
        "troubles dangereux du rythme cardiaque ; les produits vendus en ligne ne contiennent souvent pas ce que "
        "dit l'étiquette. Si tu prends déjà quelque chose, dis-le à ton médecin pour qu'il vérifie ta tension, "
        "tes analyses et ton cœur, sans jugement ; si un médecin t'a prescrit un médicament (un traitement de "
        "testostérone, un corticoïde pour l'asthme), suis ses conseils. L'entraînement, l'alimentation et le "
        "sommeil font l'essentiel des progrès : demande-moi pour ton programme."
    ),
    ("ped", "it"): (
        "Non posso aiutarti con dosi, cicli o fonti di steroidi anabolizzanti, SARM, clenbuterolo, DNP, ormone "
        "della crescita o sostanze simili. Senza controllo medico comportano rischi seri: pressione alta e "
        "malattie del cuore, danni al fegato, blocco dei tuoi ormoni e infertilità, sbalzi d'umore e, con DNP o "
        "clenbuterolo, surriscaldamento e pericolosi disturbi del ritmo cardiaco; i prodotti venduti online "
        "spesso non sono quello che dice l'etichetta. Se prendi già qualcosa, dillo al tuo medico perché "
        "controlli pressione, esami del sangue e cuore, senza giudicarti; se un medico ti ha prescritto un "
        "farmaco (terapia con testosterone, un cortisonico per l'asma), segui le sue indicazioni. Allenamento, "
        "alimentazione e sonno fanno la maggior parte dei progressi: chiedimi del tuo piano."
    ),
    ("ped", "pt"): (
        "Não posso ajudar com doses, ciclos ou fontes de esteroides anabolizantes, SARMs, clembuterol, DNP, "
        "hormona do crescimento ou substâncias parecidas. Sem acompanhamento médico têm riscos sérios: tensão "
        "alta e doenças do coração, lesões no fígado, paragem das tuas próprias hormonas e infertilidade, "
        "alterações de humor e, com DNP ou clembuterol, sobreaquecimento e alterações perigosas do ritmo "
        "cardíaco; os produtos vendidos online muitas vezes não são o que diz o rótulo. Se já tomas alguma coisa, "
        "diz ao teu médico para ele verificar a tensão, as análises e o coração, sem julgamentos; se um médico te "
        "receitou um medicamento (reposição de testosterona, um corticoide para a asma), segue o conselho dele. O "
        "treino, a comida e o sono fazem a maior parte do progresso: pergunta-me sobre o teu plano."
    ),
    ("ped", "nl"): (
        "Ik kan niet helpen met doseringen, kuren of bronnen voor anabole steroïden, SARMs, clenbuterol, DNP, "
        "groeihormoon of vergelijkbare middelen. Zonder begeleiding van een arts hebben ze ernstige risico's: "
        "hoge bloeddruk en hartziekte, leverschade, het stilvallen van je eigen hormonen en onvruchtbaarheid, "
        "stemmingswisselingen en met DNP of clenbuterol oververhitting en gevaarlijke hartritmestoornissen; "
        "online verkochte producten bevatten vaak niet wat er op het etiket staat. Gebruik je al iets, vertel het "
        "dan je huisarts, zodat die je bloeddruk, bloedwaarden en hart kan controleren, zonder oordeel; heeft een "
        "arts je een medicijn voorgeschreven (testosteronvervanging, een corticosteroïd voor astma), volg dan "
        "zijn advies. Training, eten en slaap zorgen voor de meeste vooruitgang: vraag me naar je schema."
    ),
    ("ped", "es"): (
        "No puedo ayudarte con dosis, ciclos ni dónde conseguir esteroides anabolizantes, SARMs, clembuterol, "
        "DNP, hormona del crecimiento o sustancias parecidas. Sin control médico tienen riesgos serios: tensión "
        "alta y enfermedades del corazón, daño en el hígado, que tus propias hormonas se apaguen e infertilidad, "
        "cambios de humor y, con DNP o clembuterol, sobrecalentamiento y alteraciones peligrosas del ritmo "
        "cardíaco; los productos que se venden por internet a menudo no son lo que dice la etiqueta. Si ya tomas "
        "algo, díselo a tu médico para que te revise la tensión, los análisis y el corazón, sin juzgarte; si un "
        "médico te recetó un medicamento (reposición de testosterona, un corticoide para el asma), sigue sus "
        "indicaciones. El entrenamiento, la comida y el sueño son lo que más te hace progresar: pregúntame por tu "
        "plan."
    ),
    # dnp
    ("dnp", "de"): (
        "Bei Dosen von DNP kann ich nicht helfen, und bitte nimm es nicht: Es gibt keine sichere Menge. DNP ist "
        "eine Industriechemikalie, kein Medikament: Es verwandelt die Energie deiner Zellen in Hitze, und "
        "Menschen sind schon an Dosen gestorben, die sie für niedrig hielten, weil die Körpertemperatur außer "
        "Kontrolle gerät (Hyperthermie). Es gibt kein Gegenmittel. Wenn du etwas genommen hast, ruf jetzt den "
        "Notruf 112 oder den Giftnotruf an, vor allem wenn dir heiß ist, du stark schwitzt, dein Herz rast, du "
        "schnell atmest oder verwirrt bist; warte nicht ab und sag, dass du DNP genommen hast. Zum Abnehmen wirkt "
        "ein ruhiges Defizit von etwa 0,5-1 % des Körpergewichts pro Woche mit genug Eiweiß und Training, ohne "
        "dieses Risiko."
    ),
    ("dnp", "fr"): (
        "Je ne peux pas t'aider avec des doses de DNP, et s'il te plaît n'en prends pas : aucune quantité n'est "
        "sûre. C'est un produit chimique industriel, pas un médicament : il transforme l'énergie de tes cellules "
        "en chaleur, et des personnes en sont mortes à des doses qu'elles croyaient faibles, d'une température "
        "qui s'emballe (hyperthermie). Il n'existe pas d'antidote. Si tu en as pris, appelle maintenant le 112 ou "
        "le centre antipoison, surtout si tu as très chaud, transpires beaucoup, as le cœur ou la respiration "
        "rapides ou es confus ; n'attends pas et dis que tu as pris du DNP. Pour perdre du gras, un déficit "
        "régulier d'environ 0,5-1 % du poids par semaine, avec assez de protéines et ton entraînement, marche "
        "sans ce risque."
    ),
    ("dnp", "it"): (
        "Non posso aiutarti con le dosi di DNP, e per favore non prenderlo: non esiste una quantità sicura. È una "
        "sostanza chimica industriale, non un farmaco: trasforma l'energia delle cellule in calore, e persone "
        "sono morte a dosi che credevano basse, per una temperatura corporea fuori controllo (ipertermia). Non "
        "c'è un antidoto. Se ne hai preso, chiama subito il 112 o un centro antiveleni, soprattutto se hai molto "
        "caldo, sudi tanto, hai il cuore o il respiro accelerati o sei confuso; non aspettare e di' che hai preso "
        "DNP. Per perdere grasso, un deficit costante di circa lo 0,5-1% del peso a settimana, con abbastanza "
        "proteine e il tuo allenamento, funziona senza quel rischio."
    ),
    ("dnp", "pt"): (
        "Não posso ajudar com doses de DNP, e por favor não o tomes: não existe quantidade segura. É um químico "
        "industrial, não um medicamento: transforma a energia das células em calor, e já morreram pessoas com "
        "doses que achavam baixas, por uma temperatura corporal descontrolada (hipertermia). Não há antídoto. Se "
        "tomaste, liga já para o 112 (Portugal) ou 192 (Brasil) ou para o centro de intoxicações, sobretudo se "
        "sentires muito calor, suares muito, tiveres o coração ou a respiração acelerados ou confusão; não "
        "esperes e diz que tomaste DNP. Para perder gordura, um défice constante de cerca de 0,5-1% do peso por "
        "semana, com proteína suficiente e o teu treino, funciona sem esse risco."
    ),
    ("dnp", "nl"): (
        "Ik kan je niet helpen met doses DNP, en neem het alsjeblieft niet: er bestaat geen veilige hoeveelheid. "
        "Het is een industriële chemische stof, geen medicijn: het zet de energie van je cellen om in warmte, en "
        "mensen zijn overleden aan doses die ze laag vonden, door een lichaamstemperatuur die niet meer te "
        "stoppen is (hyperthermie). Er is geen tegengif. Heb je iets genomen, bel dan nu 112 of de "
        "huisartsenpost, vooral als je het erg warm hebt, veel zweet, een snelle hartslag of ademhaling hebt of "
        "verward bent; wacht niet af en zeg dat je DNP hebt genomen. Om vet te verliezen werkt een rustig tekort "
        "van ongeveer 0,5-1% van je gewicht per week, met genoeg eiwit en je training, zonder dat risico."
    ),
    ("dnp", "es"): (
        "No puedo ayudarte con dosis de DNP, y por favor no lo tomes: no existe una cantidad segura. Es un "
        "químico industrial, no un medicamento: convierte la energía de tus células en calor, y ha muerto gente "
        "con dosis que creían bajas, por una temperatura corporal que se descontrola (hipertermia). No hay "
        "antídoto. Si lo has tomado, llama ya al número de emergencias (112, 911) o a un centro de toxicología, "
        "sobre todo si tienes mucho calor, sudas mucho, tienes el corazón o la respiración acelerados o "
        "confusión; no esperes y di que tomaste DNP. Para perder grasa, un déficit constante de un 0,5-1 % del "
        "peso por semana, con suficiente proteína y tu entrenamiento, funciona sin ese riesgo."
    ),
    # minor
    ("minor", "de"): (
        "Krafttraining ist für Jugendliche sicher und gut, wenn es betreut wird und die Technik zuerst kommt: "
        "trainiere mit einer qualifizierten Trainerin, einem Sportlehrer oder einem Elternteil in der Nähe, nimm "
        "Gewichte, die du 8-15 saubere Wiederholungen schaffst, und heb dir Maximalversuche und Training bis zum "
        "Muskelversagen für später auf. Bitte mach keine Diät zum Abnehmen und nimm keine Nahrungsergänzung über "
        "normales Essen hinaus, und frag deine Eltern und deine Ärztin oder deinen Arzt, bevor du ein neues "
        "Programm beginnst. Ein guter Einstieg (NSCA-Empfehlung für Jugendliche): zwei oder drei nicht "
        "aufeinanderfolgende Tage pro Woche, etwa 45 Minuten; 5-10 Minuten lockeres Cardio und dynamisches Dehnen "
        "zum Aufwärmen; dann 6-8 Ganzkörperübungen mit 1-3 Sätzen zu 8-15 Wiederholungen und ein bis zwei Minuten "
        "Pause: Kniebeugen mit Körpergewicht oder einer Kurzhantel, Liegestütze (notfalls an einer Bank), Rudern "
        "mit Kurzhantel oder Band, eine Hüftbeuge mit leichter Kurzhantel oder Glute Bridge, Ausfallschritte oder "
        "Step-ups, Unterarmstütz und Seitstütz. Beginne mit der Stange, dem Körpergewicht oder einer leichten "
        "Kurzhantel, bis jede Wiederholung gleich aussieht, und steigere erst um etwa 5-10 %, wenn alle Sätze 15 "
        "saubere Wiederholungen erreichen. Die Pläne von Vigor sind für Erwachsene geschrieben, also lass deine "
        "Technik von deinem Trainer oder Sportlehrer prüfen."
    ),
    ("minor", "fr"): (
        "La musculation est sûre et bonne pour les ados quand elle est encadrée et que la technique passe en "
        "premier : entraîne-toi avec un coach qualifié, un prof d'EPS ou un parent présent, prends des charges "
        "que tu peux soulever pour 8-15 répétitions propres, et garde les maximums sur une répétition et "
        "l'entraînement jusqu'à l'échec pour plus tard. S'il te plaît, ne fais pas de régime pour maigrir et ne "
        "prends pas de compléments en plus d'une alimentation normale, et demande à un parent et à ton médecin "
        "avant de commencer un nouveau programme. Un bon premier programme (recommandations NSCA pour les jeunes) "
        ": deux ou trois jours non consécutifs par semaine, environ 45 minutes ; 5-10 minutes de cardio léger et "
        "d'étirements dynamiques pour t'échauffer ; puis 6-8 exercices pour tout le corps, 1-3 séries de 8-15 "
        "répétitions avec une ou deux minutes de repos : squat au poids du corps ou avec un haltère, pompes (sur "
        "un banc si besoin), rowing avec haltère ou élastique, une flexion de hanches avec un haltère léger ou un "
        "pont fessier, fentes ou montées sur banc, gainage et gainage latéral. Commence avec la barre, le poids "
        "du corps ou un haltère léger jusqu'à ce que chaque répétition soit pareille, et ajoute un peu de charge "
        "(environ 5-10 %) seulement quand toutes les séries arrivent à 15 répétitions propres. Les programmes de "
        "Vigor sont écrits pour les adultes, alors fais vérifier ta technique par ton coach ou ton prof d'EPS."
    ),
    ("minor", "it"): (
        "L'allenamento con i pesi è sicuro e fa bene agli adolescenti quando è seguito da qualcuno e la tecnica "
        "viene prima: allenati con un allenatore qualificato, un insegnante di educazione fisica o un genitore "
        "presente, usa pesi che riesci a sollevare per 8-15 ripetizioni pulite, e lascia i massimali e "
        "l'allenamento a cedimento per più avanti. Per favore non fare diete per dimagrire e non prendere "
        "integratori oltre al cibo normale, e chiedi a un genitore e al tuo medico prima di iniziare un nuovo "
        "programma. Un buon primo programma (linee guida NSCA per i giovani): due o tre giorni non consecutivi a "
        "settimana, circa 45 minuti; 5-10 minuti di cardio leggero e stretching dinamico per scaldarti; poi 6-8 "
        "esercizi per tutto il corpo, 1-3 serie da 8-15 ripetizioni con uno o due minuti di recupero: squat a "
        "corpo libero o con un manubrio, piegamenti (su una panca se serve), rematore con manubrio o elastico, "
        "uno stacco con un manubrio leggero o un ponte per i glutei, affondi o step-up, plank e plank laterale. "
        "Inizia con il bilanciere scarico, il corpo libero o un manubrio leggero finché ogni ripetizione è "
        "uguale, e aggiungi un po' di peso (circa il 5-10 %) solo quando tutte le serie arrivano a 15 ripetizioni "
        "pulite. I piani di Vigor sono scritti per adulti, quindi fai controllare la tua tecnica dal tuo "
        "allenatore o insegnante."
    ),
    ("minor", "pt"): (
        "O treino de força é seguro e bom para adolescentes quando é supervisionado e a técnica vem primeiro: "
        "treina com um treinador qualificado, um professor de educação física ou um dos pais por perto, usa pesos "
        "que consegues levantar 8-15 repetições bem feitas, e deixa as cargas máximas e o treino até à falha para "
        "mais tarde. Por favor não faças dieta para emagrecer nem tomes suplementos além da comida normal, e "
        "pergunta aos teus pais e ao teu médico antes de começar um programa novo. Um bom primeiro programa "
        "(orientações da NSCA para jovens): dois ou três dias não seguidos por semana, cerca de 45 minutos; 5-10 "
        "minutos de cardio leve e alongamentos dinâmicos para aquecer; depois 6-8 exercícios para o corpo todo, "
        "1-3 séries de 8-15 repetições com um ou dois minutos de descanso: agachamento com o peso do corpo ou um "
        "haltere, flexões (num banco se for preciso), remada com haltere ou elástico, uma flexão da anca com um "
        "haltere leve ou uma ponte de glúteos, afundos ou subidas ao banco, prancha e prancha lateral. Começa com "
        "a barra, o peso do corpo ou um haltere leve até cada repetição ficar igual, e só acrescenta um pouco de "
        "peso (cerca de 5-10 %) quando todas as séries chegarem a 15 repetições bem feitas. Os planos do Vigor "
        "são feitos para adultos, por isso pede ao teu treinador ou professor que veja a tua técnica."
    ),
    ("minor", "nl"): (
        "Krachttraining is veilig en goed voor tieners als er begeleiding is en techniek op de eerste plaats "
        "komt: train met een gekwalificeerde trainer, een gymleraar of een ouder in de buurt, gebruik gewichten "
        "die je 8-15 nette herhalingen kunt tillen, en bewaar maximale pogingen en training tot falen voor later. "
        "Ga alsjeblieft niet op dieet om af te vallen en neem geen supplementen naast gewoon eten, en vraag een "
        "ouder en je huisarts voordat je met een nieuw schema begint. Een goed eerste schema (NSCA-richtlijn voor "
        "jongeren): twee of drie niet-opeenvolgende dagen per week, ongeveer 45 minuten; 5-10 minuten rustig "
        "cardio en dynamisch rekken als warming-up; dan 6-8 oefeningen voor het hele lichaam, 1-3 sets van 8-15 "
        "herhalingen met een of twee minuten rust: een squat met lichaamsgewicht of een dumbbell, push-ups (op "
        "een bank als dat nodig is), roeien met een dumbbell of band, een heupscharnier met een lichte dumbbell "
        "of een glute bridge, lunges of step-ups, een plank en een zijplank. Begin met de stang, je "
        "lichaamsgewicht of een lichte dumbbell tot elke herhaling er hetzelfde uitziet, en voeg pas wat gewicht "
        "toe (ongeveer 5-10 %) als alle sets 15 nette herhalingen halen. De schema's van Vigor zijn voor "
        "volwassenen geschreven, dus laat je trainer of gymleraar je techniek controleren."
    ),
    ("minor", "es"): (
        "El entrenamiento de fuerza es seguro y bueno para los adolescentes cuando está supervisado y la técnica "
        "va primero: entrena con un entrenador cualificado, un profesor de educación física o tu madre o padre "
        "cerca, usa pesos que puedas levantar 8-15 repeticiones limpias, y deja las repeticiones máximas y el "
        "entrenamiento al fallo para más adelante. Por favor, no hagas dieta para adelgazar ni tomes suplementos "
        "aparte de la comida normal, y pregunta a tu madre, padre o tutor y a tu médico antes de empezar un "
        "programa nuevo. Un buen primer programa (pautas de la NSCA para jóvenes): dos o tres días no seguidos "
        "por semana, unos 45 minutos; 5-10 minutos de cardio suave y estiramientos dinámicos para calentar; luego "
        "6-8 ejercicios de cuerpo completo, 1-3 series de 8-15 repeticiones con uno o dos minutos de descanso: "
        "sentadilla con el peso del cuerpo o una mancuerna, flexiones (en un banco si hace falta), remo con "
        "mancuerna o goma, una bisagra de cadera con una mancuerna ligera o un puente de glúteos, zancadas o "
        "subidas al banco, plancha y plancha lateral. Empieza con la barra, el peso del cuerpo o una mancuerna "
        "ligera hasta que cada repetición salga igual, y añade un poco de peso (un 5-10 %) solo cuando todas las "
        "series lleguen a 15 repeticiones limpias. Los planes de Vigor están escritos para adultos, así que pide "
        "a tu entrenador o profesor que revise tu técnica."
    ),
    # minor_weight_cut
    ("minor_weight_cut", "de"): (
        "Weil du vielleicht unter 18 bist, helfe ich nicht beim Gewichtmachen: keine Kalorienziele, Diäten, kein "
        "Fasten und kein Schwitzen oder Spucken für eine Gewichtsklasse. Solange du noch wächst, kostet "
        "Gewichtmachen Kraft, Wachstum und Konzentration und kann Herz, Knochen und Periode beeinträchtigen. "
        "Tritt in deinem jetzigen Gewicht an, iss regelmäßige Mahlzeiten mit Eiweiß, Kohlenhydraten, Obst und "
        "Gemüse rund ums Training, trink nach Durst und schlaf gut. Wenn dein Sport Gewichtsklassen hat, legen "
        "dein Trainer und die Regeln deines Sports eine sichere fest; wenn du dir Sorgen um dein Gewicht machst, "
        "sprich mit deinen Eltern und deiner Ärztin oder deinem Arzt, die es mit deinem Wachstum vergleichen "
        "können."
    ),
    ("minor_weight_cut", "fr"): (
        "Comme tu as peut-être moins de 18 ans, je ne t'aiderai pas à perdre du poids pour une catégorie : pas "
        "d'objectif de calories, pas de régime, pas de jeûne, pas de transpiration ni de crachats pour faire le "
        "poids. Pendant que tu grandis, perdre du poids ainsi coûte de la force, de la croissance et de la "
        "concentration et peut toucher ton cœur, tes os et tes règles. Combats à ton poids actuel, mange des "
        "repas réguliers avec des protéines, des glucides, des fruits et des légumes autour de l'entraînement, "
        "bois selon ta soif et dors bien. Si ton sport a des catégories de poids, ton coach et le règlement de "
        "ton sport fixent une catégorie sûre ; si ton poids t'inquiète, parles-en à un parent et à ton médecin, "
        "qui peuvent le comparer à ta croissance."
    ),
    ("minor_weight_cut", "it"): (
        "Visto che potresti avere meno di 18 anni, non ti aiuterò a fare il peso: niente obiettivi di calorie, "
        "diete, digiuni, né sudare o sputare per rientrare in una categoria. Mentre stai ancora crescendo, "
        "perdere peso così toglie forza, crescita e concentrazione e può colpire cuore, ossa e ciclo. Gareggia "
        "con il peso che hai, fai pasti regolari con proteine, carboidrati, frutta e verdura intorno "
        "all'allenamento, bevi secondo la sete e dormi bene. Se il tuo sport ha categorie di peso, il tuo "
        "allenatore e le regole del tuo sport ne fissano una sicura; se il tuo peso ti preoccupa, parlane con un "
        "genitore e con il tuo medico, che possono confrontarlo con la tua crescita."
    ),
    ("minor_weight_cut", "pt"): (
        "Como podes ter menos de 18 anos, não vou ajudar a fazer o peso: nada de metas de calorias, dietas, "
        "jejuns, nem suar ou cuspir para entrar numa categoria. Enquanto ainda estás a crescer, cortar peso tira "
        "força, crescimento e concentração e pode afetar o coração, os ossos e a menstruação. Compete com o peso "
        "que tens, come refeições regulares com proteína, hidratos, fruta e legumes à volta do treino, bebe "
        "conforme a sede e dorme bem. Se o teu desporto tem categorias de peso, o teu treinador e as regras do "
        "teu desporto definem uma segura; se estás preocupado com o teu peso, fala com os teus pais e com o teu "
        "médico, que o podem comparar com o teu crescimento."
    ),
    ("minor_weight_cut", "nl"): (
        "Omdat je misschien jonger bent dan 18, help ik niet met gewicht maken: geen caloriedoelen, diëten, "
        "vasten, en niet zweten of spugen om in een gewichtsklasse te komen. Zolang je nog groeit, kost gewicht "
        "maken kracht, groei en concentratie en kan het je hart, botten en menstruatie raken. Doe mee op het "
        "gewicht dat je nu hebt, eet regelmatig met eiwit, koolhydraten, fruit en groente rond het trainen, drink "
        "als je dorst hebt en slaap goed. Heeft je sport gewichtsklassen, dan bepalen je trainer en de regels van "
        "je sport een veilige; maak je je zorgen over je gewicht, praat dan met een ouder en je huisarts, die het "
        "met je groei kunnen vergelijken."
    ),
    ("minor_weight_cut", "es"): (
        "Como puede que tengas menos de 18 años, no voy a ayudarte a dar el peso: nada de objetivos de calorías, "
        "dietas, ayunos, ni sudar o escupir para entrar en una categoría. Mientras sigues creciendo, bajar peso "
        "así te quita fuerza, crecimiento y concentración y puede afectar a tu corazón, tus huesos y tu regla. "
        "Compite con el peso que tienes, haz comidas regulares con proteína, hidratos, fruta y verdura alrededor "
        "del entrenamiento, bebe cuando tengas sed y duerme bien. Si tu deporte tiene categorías de peso, tu "
        "entrenador y las reglas de tu deporte fijan una segura; si te preocupa tu peso, habla con tu madre, "
        "padre o tutor y con tu médico, que pueden compararlo con tu crecimiento."
    ),
    # minor_dehydration
    ("minor_dehydration", "de"): (
        "Bitte nicht. Weil du vielleicht unter 18 bist: Gewicht machen in der Sauna, im Schwitz- oder "
        "Plastikanzug, durch Spucken, Nicht-Trinken oder mit Entwässerungs- oder Abführmitteln ist gefährlich: "
        "Schneller Wasserverlust kann Hitzschlag (ein Notfall), Nierenschäden, Ohnmacht und Herzrhythmusstörungen "
        "auslösen und kostet Kraft, Wachstum und Konzentration. Deshalb verbieten Ringer-Regeln für Schulen und "
        "Colleges (NFHS, NCAA) Sauna, Schwitzanzüge, Entwässerungsmittel und Dehydrieren und legen die niedrigste "
        "sichere Gewichtsklasse per Körperzusammensetzung fest. Ein solcher Rat widerspricht diesen Regeln, auch "
        "von einem Trainer. Kämpf in deinem jetzigen Gewicht, iss regelmäßig und trink nach Durst. Bitte sprich "
        "mit deinen Eltern und deiner Ärztin oder deinem Arzt; wenn dir schwindelig wird, du verwirrt bist, dir "
        "sehr heiß ist oder du nicht mehr schwitzt, hör sofort auf und hol Hilfe."
    ),
    ("minor_dehydration", "fr"): (
        "S'il te plaît, non. Comme tu as peut-être moins de 18 ans : perdre du poids au sauna, avec une "
        "combinaison de sudation ou en plastique, en crachant, en ne buvant pas ou avec des diurétiques ou "
        "laxatifs est dangereux : perdre de l'eau vite peut causer un coup de chaleur (une urgence), des lésions "
        "des reins, des malaises et des troubles du rythme cardiaque, et coûte force, croissance et "
        "concentration. C'est pourquoi les règles de lutte scolaire et universitaire (NFHS, NCAA) interdisent "
        "sauna, combinaisons, diurétiques et déshydratation, et fixent la catégorie la plus basse sûre par une "
        "mesure de composition corporelle. Un tel conseil va contre ces règles, même venant d'un entraîneur. "
        "Combats à ton poids, mange régulièrement et bois selon ta soif. Parles-en à un parent et à ton médecin ; "
        "si tu as des vertiges, es confus, as très chaud ou ne transpires plus, arrête et demande de l'aide tout "
        "de suite."
    ),
    ("minor_dehydration", "it"): (
        "Per favore, no. Visto che potresti avere meno di 18 anni: fare il peso in sauna, con una tuta sauna o di "
        "plastica, sputando, non bevendo o con diuretici o lassativi è pericoloso: perdere acqua in fretta può "
        "causare colpo di calore (un'emergenza), danni ai reni, svenimenti e aritmie, e toglie forza, crescita e "
        "concentrazione. Per questo le regole della lotta scolastica e universitaria (NFHS, NCAA) vietano sauna, "
        "tute, diuretici e disidratazione e fissano la categoria più bassa sicura con una misura della "
        "composizione corporea. Un consiglio del genere va contro quelle regole, anche se viene da un allenatore. "
        "Gareggia al tuo peso, mangia regolarmente e bevi quando hai sete. Parlane con un genitore e con il tuo "
        "medico; se hai capogiri, confusione, molto caldo o smetti di sudare, fermati e chiedi aiuto subito."
    ),
    ("minor_dehydration", "pt"): (
        "Por favor, não. Como podes ter menos de 18 anos: perder peso na sauna, com fato de sauna ou de plástico, "
        "cuspindo, sem beber água ou com diuréticos ou laxantes é perigoso: perder água depressa pode causar "
        "golpe de calor (uma emergência), lesão nos rins, desmaios e alterações do ritmo cardíaco, e tira força, "
        "crescimento e concentração. Por isso as regras de luta escolar e universitária (NFHS, NCAA) proíbem "
        "sauna, fatos de sudação, diuréticos e desidratação e definem a categoria mais baixa segura com uma "
        "avaliação da composição corporal. Um conselho assim vai contra essas regras, mesmo vindo de um "
        "treinador. Compete com o teu peso, come refeições regulares e bebe quando tiveres sede. Fala com os teus "
        "pais e com o teu médico; se tiveres tonturas, confusão, muito calor ou parares de suar, para e pede "
        "ajuda já."
    ),
    ("minor_dehydration", "nl"): (
        "Alsjeblieft niet. Omdat je misschien jonger bent dan 18: gewicht maken in de sauna, in een zweet- of "
        "plastic pak, door te spugen, niet te drinken of met plaspillen of laxeermiddelen is gevaarlijk: snel "
        "vocht verliezen kan een hitteberoerte (een noodgeval), nierschade, flauwvallen en hartritmestoornissen "
        "geven, en kost kracht, groei en concentratie. Daarom verbieden de worstelregels voor scholen en "
        "universiteiten (NFHS, NCAA) sauna, zweetpakken, plaspillen en uitdrogen, en bepalen ze je laagste "
        "veilige gewichtsklasse met een meting van je lichaamssamenstelling. Zo'n advies gaat tegen die regels "
        "in, ook van een trainer. Kom uit op je eigen gewicht, eet regelmatig en drink als je dorst hebt. Praat "
        "met een ouder en je huisarts; word je duizelig, verward, heel warm of zweet je niet meer, stop dan en "
        "haal meteen hulp."
    ),
    ("minor_dehydration", "es"): (
        "Por favor, no. Como puede que tengas menos de 18 años: dar el peso con sauna, con traje de sudoración o "
        "de plástico, escupiendo, sin beber o con diuréticos o laxantes es peligroso: perder agua rápido puede "
        "causar un golpe de calor (una emergencia), daño en los riñones, desmayos y alteraciones del ritmo "
        "cardíaco, y te quita fuerza, crecimiento y concentración. Por eso las reglas de lucha escolar y "
        "universitaria (NFHS, NCAA) prohíben la sauna, los trajes, los diuréticos y deshidratarse, y fijan tu "
        "categoría más baja segura con una medición de composición corporal. Un consejo así va contra esas "
        "reglas, aunque venga de un entrenador. Compite con tu peso, come con regularidad y bebe cuando tengas "
        "sed. Habla con tu madre, padre o tutor y con tu médico; si te mareas, te confundes, tienes mucho calor o "
        "dejas de sudar, para y pide ayuda enseguida."
    ),
    # minor_max_test
    ("minor_max_test", "de"): (
        "Weil du vielleicht unter 18 bist, wartet ein Maximalversuch, bis deine Technik sitzt und eine "
        "qualifizierte Trainerin oder ein Trainer dabei ist: nicht allein und nicht nur mit einem Freund als "
        "Sicherung. Die meisten Jugendlichen brauchen kein echtes Maximum: dein Trainer kann es aus einem Satz "
        "mit 5-10 sauberen Wiederholungen schätzen, und deinen Fortschritt siehst du am Gewicht für 8-12 gute "
        "Wiederholungen. Wenn dein Trainer ein Maximum mit dir testet, dann nach Monaten Techniklernen, mit "
        "vollem Aufwärmen, kleinen Steigerungen, Sicherung oder Ablagen, und Schluss, sobald die Technik "
        "nachlässt. Trainier nicht allein bis zum Muskelversagen oder ans Maximum."
    ),
    ("minor_max_test", "fr"): (
        "Comme tu as peut-être moins de 18 ans, un maximum sur une répétition attend que ta technique soit solide "
        "et qu'un coach qualifié soit là pour l'encadrer : pas seul, et pas seulement avec un ami qui pare. La "
        "plupart des ados n'ont pas besoin d'un vrai maximum : ton coach peut l'estimer à partir d'une série de "
        "5-10 répétitions propres, et tu peux suivre tes progrès avec la charge que tu soulèves pour 8-12 bonnes "
        "répétitions. Si ton coach teste un maximum avec toi, c'est après des mois d'apprentissage du mouvement, "
        "avec un échauffement complet, de petites augmentations, un pareur ou des sécurités, et on s'arrête dès "
        "que la technique se dégrade. Ne va pas à l'échec ni au maximum tout seul."
    ),
    ("minor_max_test", "it"): (
        "Visto che potresti avere meno di 18 anni, il massimale aspetta che la tua tecnica sia solida e che ci "
        "sia un allenatore qualificato a seguirti: non da solo, e non solo con un amico che ti assiste. Alla "
        "maggior parte degli adolescenti non serve un vero massimale: il tuo allenatore può stimarlo da una serie "
        "di 5-10 ripetizioni pulite, e puoi seguire i progressi con il peso che sollevi per 8-12 buone "
        "ripetizioni. Se il tuo allenatore testa un massimale con te, lo fa dopo mesi passati a imparare "
        "l'esercizio, con un riscaldamento completo, piccoli aumenti, qualcuno che assiste o i fermi di "
        "sicurezza, fermandosi appena la tecnica peggiora. Non andare a cedimento né al massimale da solo."
    ),
    ("minor_max_test", "pt"): (
        "Como podes ter menos de 18 anos, uma carga máxima espera até a tua técnica estar sólida e haver um "
        "treinador qualificado a supervisionar: não sozinho, e não só com um amigo a ajudar. A maioria dos "
        "adolescentes não precisa de um máximo verdadeiro: o teu treinador pode estimá-lo a partir de uma série "
        "de 5-10 repetições bem feitas, e podes acompanhar o progresso pelo peso que levantas em 8-12 boas "
        "repetições. Se o teu treinador testar um máximo contigo, é depois de meses a aprender o exercício, com "
        "aquecimento completo, pequenos aumentos, alguém a ajudar ou barras de segurança, parando assim que a "
        "técnica piora. Não treines até à falha nem ao máximo sozinho."
    ),
    ("minor_max_test", "nl"): (
        "Omdat je misschien jonger bent dan 18, wacht een maximale poging tot je techniek goed zit en er een "
        "gekwalificeerde trainer bij is: niet alleen, en niet alleen met een vriend die indekt. De meeste tieners "
        "hebben geen echte max nodig: je trainer kan hem schatten uit een set van 5-10 nette herhalingen, en je "
        "volgt je vooruitgang met het gewicht voor 8-12 goede herhalingen. Test je trainer wel een max met je, "
        "dan na maanden de oefening leren, met een volledige warming-up, kleine stappen, iemand die indekt of "
        "veiligheidssteunen, en stoppen zodra de techniek slechter wordt. Train niet alleen tot falen of tot je "
        "max."
    ),
    ("minor_max_test", "es"): (
        "Como puede que tengas menos de 18 años, una repetición máxima espera a que tu técnica sea sólida y haya "
        "un entrenador cualificado supervisando: no a solas, ni solo con un amigo ayudando. La mayoría de los "
        "adolescentes no necesita un máximo real: tu entrenador puede estimarlo con una serie de 5-10 "
        "repeticiones limpias, y puedes seguir tu progreso con el peso que levantas en 8-12 buenas repeticiones. "
        "Si tu entrenador prueba un máximo contigo, será tras meses aprendiendo el ejercicio, con un "
        "calentamiento completo, subidas pequeñas, alguien que te ayude o barras de seguridad, y parando en "
        "cuanto la técnica empeore. No entrenes al fallo ni al máximo por tu cuenta."
    ),
    # minor_supplements
    ("minor_supplements", "de"): (
        "Weil du vielleicht unter 18 bist, empfehle ich kein Kreatin, keine Fatburner, Pre-Workouts, "
        "Testosteron-Booster oder andere leistungssteigernde Nahrungsergänzungen: Kinderärzte raten davon ab, "
        "solange du wächst, sie wurden an Jugendlichen nicht getestet, und viele enthalten Stimulanzien oder "
        "verbotene Stoffe, die nicht auf dem Etikett stehen. Stärker und schlanker wirst du durch gutes Training, "
        "regelmäßige Mahlzeiten mit Eiweiß, genug Schlaf und Geduld. Wenn du Rat zum Essen für deinen Sport "
        "möchtest, bitte deine Eltern, dir einen Termin bei deiner Ärztin, deinem Arzt oder einer "
        "Sporternährungsberatung zu machen."
    ),
    ("minor_supplements", "fr"): (
        "Comme tu as peut-être moins de 18 ans, je ne recommande pas la créatine, les brûleurs de graisse, les "
        "pré-workouts, les boosters de testostérone ou d'autres compléments pour la performance : les pédiatres "
        "les déconseillent pendant la croissance, ils n'ont pas été testés chez les ados, et beaucoup contiennent "
        "des stimulants ou des substances interdites absents de l'étiquette. Tu deviendras plus fort et plus sec "
        "avec un bon entraînement, des repas réguliers avec des protéines, assez de sommeil et de la patience. Si "
        "tu veux des conseils sur l'alimentation pour ton sport, demande à un parent de t'aider à voir ton "
        "médecin ou un diététicien du sport."
    ),
    ("minor_supplements", "it"): (
        "Visto che potresti avere meno di 18 anni, non ti consiglio creatina, brucia grassi, pre-workout, booster "
        "di testosterone o altri integratori per la prestazione: i pediatri li sconsigliano mentre cresci, non "
        "sono stati testati sugli adolescenti, e molti contengono stimolanti o sostanze vietate non indicate in "
        "etichetta. Diventerai più forte e più asciutto con un buon allenamento, pasti regolari con proteine, "
        "abbastanza sonno e pazienza. Se vuoi consigli sul cibo per il tuo sport, chiedi a un genitore di "
        "aiutarti a vedere il tuo medico o un dietista sportivo."
    ),
    ("minor_supplements", "pt"): (
        "Como podes ter menos de 18 anos, não recomendo creatina, queimadores de gordura, pré-treinos, boosters "
        "de testosterona ou outros suplementos para a performance: os pediatras desaconselham-nos enquanto estás "
        "a crescer, não foram testados em adolescentes, e muitos contêm estimulantes ou substâncias proibidas que "
        "não estão no rótulo. Vais ficar mais forte e mais definido com bom treino, refeições regulares com "
        "proteína, sono suficiente e paciência. Se queres conselhos sobre comida para o teu desporto, pede aos "
        "teus pais que te ajudem a ir ao médico ou a um nutricionista desportivo."
    ),
    ("minor_supplements", "nl"): (
        "Omdat je misschien jonger bent dan 18, raad ik geen creatine, vetverbranders, pre-workouts, "
        "testosteronboosters of andere prestatiesupplementen aan: kinderartsen raden ze af zolang je groeit, ze "
        "zijn niet getest bij tieners, en veel bevatten stimulerende of verboden stoffen die niet op het etiket "
        "staan. Je wordt sterker en slanker van goed trainen, regelmatige maaltijden met eiwit, genoeg slaap en "
        "geduld. Wil je advies over eten voor je sport, vraag dan een ouder om je te helpen naar je huisarts of "
        "een sportdiëtist te gaan."
    ),
    ("minor_supplements", "es"): (
        "Como puede que tengas menos de 18 años, no te recomiendo creatina, quemagrasas, pre-entrenos, "
        "potenciadores de testosterona ni otros suplementos para el rendimiento: los pediatras los desaconsejan "
        "mientras creces, no se han probado en adolescentes, y muchos llevan estimulantes o sustancias prohibidas "
        "que no figuran en la etiqueta. Te harás más fuerte y más definido con buen entrenamiento, comidas "
        "regulares con proteína, suficiente sueño y paciencia. Si quieres consejos sobre la comida para tu "
        "deporte, pide a tu madre, padre o tutor que te ayude a ir al médico o a un dietista deportivo."
    ),
    # minor_ped
    ("minor_ped", "de"): (
        "Weil du vielleicht unter 18 bist, helfe ich nicht bei Testosteron-Boostern, Steroiden, SARMs, Fatburnern "
        "oder anderen leistungssteigernden Mitteln oder Nahrungsergänzungen: Kinderärzte raten davon ab, solange "
        "du wächst, sie wurden an Jugendlichen nicht getestet, und viele enthalten Hormone, Stimulanzien oder "
        "verbotene Stoffe, die nicht auf dem Etikett stehen und dein Wachstum, deine Hormone, deine Stimmung und "
        "dein Herz beeinträchtigen können. Stärker wirst du durch betreutes Training mit guter Technik, "
        "regelmäßige Mahlzeiten mit Eiweiß, genug Schlaf und Geduld. Wenn du schon etwas genommen hast oder dich "
        "unwohl fühlst, sag es bitte deinen Eltern und deiner Ärztin oder deinem Arzt, ohne Angst vor Ärger."
    ),
    ("minor_ped", "fr"): (
        "Comme tu as peut-être moins de 18 ans, je ne t'aiderai pas avec les boosters de testostérone, les "
        "stéroïdes, les SARMs, les brûleurs de graisse ou d'autres produits ou compléments pour la performance : "
        "les pédiatres les déconseillent pendant la croissance, ils n'ont pas été testés chez les ados, et "
        "beaucoup contiennent des hormones, des stimulants ou des substances interdites qui ne sont pas sur "
        "l'étiquette et peuvent toucher ta croissance, tes hormones, ton humeur et ton cœur. Tu deviendras plus "
        "fort avec un entraînement encadré et une bonne technique, des repas réguliers avec des protéines, assez "
        "de sommeil et de la patience. Si tu as déjà pris quelque chose ou si tu te sens mal, dis-le à un parent "
        "et à ton médecin, sans avoir peur d'avoir des ennuis."
    ),
    ("minor_ped", "it"): (
        "Visto che potresti avere meno di 18 anni, non ti aiuterò con booster di testosterone, steroidi, SARM, "
        "brucia grassi o altre sostanze o integratori per la prestazione: i pediatri li sconsigliano mentre "
        "cresci, non sono stati testati sugli adolescenti, e molti contengono ormoni, stimolanti o sostanze "
        "vietate non indicate in etichetta che possono colpire crescita, ormoni, umore e cuore. Diventerai più "
        "forte con un allenamento seguito e una buona tecnica, pasti regolari con proteine, abbastanza sonno e "
        "pazienza. Se hai già preso qualcosa o non ti senti bene, dillo a un genitore e al tuo medico, senza "
        "paura di finire nei guai."
    ),
    ("minor_ped", "pt"): (
        "Como podes ter menos de 18 anos, não vou ajudar com boosters de testosterona, esteroides, SARMs, "
        "queimadores de gordura ou outras substâncias ou suplementos para a performance: os pediatras "
        "desaconselham-nos enquanto estás a crescer, não foram testados em adolescentes, e muitos contêm "
        "hormonas, estimulantes ou substâncias proibidas que não estão no rótulo e podem afetar o teu "
        "crescimento, as tuas hormonas, o teu humor e o teu coração. Vais ficar mais forte com treino "
        "supervisionado e boa técnica, refeições regulares com proteína, sono suficiente e paciência. Se já "
        "tomaste alguma coisa ou te sentes mal, diz aos teus pais e ao teu médico, sem medo de ter problemas."
    ),
    ("minor_ped", "nl"): (
        "Omdat je misschien jonger bent dan 18, help ik niet met testosteronboosters, steroïden, SARMs, "
        "vetverbranders of andere prestatiemiddelen of supplementen: kinderartsen raden ze af zolang je groeit, "
        "ze zijn niet getest bij tieners, en veel bevatten hormonen, stimulerende of verboden stoffen die niet op "
        "het etiket staan en je groei, hormonen, stemming en hart kunnen raken. Je wordt sterker van begeleide "
        "training met goede techniek, regelmatige maaltijden met eiwit, genoeg slaap en geduld. Heb je al iets "
        "genomen of voel je je niet goed, vertel het dan een ouder en je huisarts, zonder bang te zijn voor "
        "problemen."
    ),
    ("minor_ped", "es"): (
        "Como puede que tengas menos de 18 años, no voy a ayudarte con potenciadores de testosterona, esteroides, "
        "SARMs, quemagrasas u otras sustancias o suplementos para el rendimiento: los pediatras los desaconsejan "
        "mientras creces, no se han probado en adolescentes, y muchos llevan hormonas, estimulantes o sustancias "
        "prohibidas que no figuran en la etiqueta y pueden afectar a tu crecimiento, tus hormonas, tu estado de "
        "ánimo y tu corazón. Te harás más fuerte con entrenamiento supervisado y buena técnica, comidas regulares "
        "con proteína, suficiente sueño y paciencia. Si ya has tomado algo o te encuentras mal, díselo a tu "
        "madre, padre o tutor y a tu médico, sin miedo a meterte en líos."
    ),
    # parent_minor
    ("parent_minor", "de"): (
        "Krafttraining ist für Kinder und Jugendliche sicher und gut, wenn es betreut wird und die Technik zuerst "
        "kommt: eine qualifizierte Trainerin oder ein Sportlehrer, Gewichte für 8-15 saubere Wiederholungen und "
        "noch keine Maximalversuche oder Training bis zum Muskelversagen. Bitte setz ein Kind oder einen "
        "Jugendlichen nicht auf eine Abnehmdiät oder Nahrungsergänzungen: wenn du dir Sorgen um Gewicht oder "
        "Essen machst, sprich mit der Kinderärztin oder dem Kinderarzt. Die Pläne von Vigor sind für Erwachsene "
        "geschrieben, also sollte der Trainer das Programm festlegen."
    ),
    ("parent_minor", "fr"): (
        "La musculation est sûre et bonne pour les enfants et les ados quand elle est encadrée et que la "
        "technique passe en premier : un coach qualifié ou un prof d'EPS, des charges pour 8-15 répétitions "
        "propres, et pas encore de maximum sur une répétition ni d'entraînement jusqu'à l'échec. S'il te plaît, "
        "ne mets pas un enfant ou un ado au régime ni aux compléments : si son poids ou son alimentation "
        "t'inquiète, parles-en à son médecin. Les programmes de Vigor sont écrits pour les adultes, c'est donc "
        "son coach qui doit fixer son programme."
    ),
    ("parent_minor", "it"): (
        "L'allenamento con i pesi è sicuro e fa bene a bambini e adolescenti quando è seguito e la tecnica viene "
        "prima: un allenatore qualificato o un insegnante di educazione fisica, pesi per 8-15 ripetizioni pulite, "
        "e ancora niente massimali né allenamento a cedimento. Per favore non mettere un bambino o un adolescente "
        "a dieta per dimagrire né a integratori: se ti preoccupano il suo peso o la sua alimentazione, parlane "
        "con il suo pediatra. I piani di Vigor sono scritti per adulti, quindi il programma lo deve fissare il "
        "suo allenatore."
    ),
    ("parent_minor", "pt"): (
        "O treino de força é seguro e bom para crianças e adolescentes quando é supervisionado e a técnica vem "
        "primeiro: um treinador qualificado ou professor de educação física, pesos para 8-15 repetições bem "
        "feitas, e ainda nada de cargas máximas nem treino até à falha. Por favor não ponhas uma criança ou um "
        "adolescente a fazer dieta para emagrecer nem a tomar suplementos: se estás preocupado com o peso ou a "
        "alimentação, fala com o médico dele. Os planos do Vigor são feitos para adultos, por isso é o treinador "
        "que deve definir o programa."
    ),
    ("parent_minor", "nl"): (
        "Krachttraining is veilig en goed voor kinderen en tieners als er begeleiding is en techniek op de eerste "
        "plaats komt: een gekwalificeerde trainer of gymleraar, gewichten voor 8-15 nette herhalingen, en nog "
        "geen maximale pogingen of training tot falen. Zet een kind of tiener alsjeblieft niet op een afvaldieet "
        "of supplementen: maak je je zorgen over gewicht of eten, praat dan met de huisarts of kinderarts. De "
        "schema's van Vigor zijn voor volwassenen geschreven, dus de trainer hoort het schema te maken."
    ),
    ("parent_minor", "es"): (
        "El entrenamiento de fuerza es seguro y bueno para niños y adolescentes cuando está supervisado y la "
        "técnica va primero: un entrenador cualificado o un profesor de educación física, pesos para 8-15 "
        "repeticiones limpias, y todavía nada de repeticiones máximas ni entrenamiento al fallo. Por favor, no "
        "pongas a un niño o adolescente a dieta para adelgazar ni a tomar suplementos: si te preocupa su peso o "
        "su alimentación, habla con su pediatra. Los planes de Vigor están escritos para adultos, así que su "
        "programa lo debe fijar su entrenador."
    ),
    # parent_weight_cut
    ("parent_weight_cut", "de"): (
        "Bitte setz ein Kind oder einen Jugendlichen nicht auf einen Gewichtsschnitt für eine Wiegung: kein "
        "Herunterhungern, kein Fasten, keine Schwitzanzüge, keine Sauna und kein Wasserentzug. Solange sie "
        "wachsen, kostet das Kraft, Wachstum und Konzentration und kann Herz, Nieren und Knochen schaden; "
        "Dehydrieren vor einem Kampf ist im Jugendringen eine bekannte Gefahr. Lass sie in ihrem jetzigen Gewicht "
        "antreten, mit regelmäßigen Mahlzeiten, Eiweiß, Kohlenhydraten, Obst und Gemüse rund ums Training, "
        "Trinken nach Durst und gutem Schlaf. Der Trainer und die Regeln des Sports legen eine sichere Klasse "
        "fest, und die Kinderärztin oder der Kinderarzt kann das Gewicht mit dem Wachstum vergleichen, wenn du "
        "dir Sorgen machst."
    ),
    ("parent_weight_cut", "fr"): (
        "S'il te plaît, ne fais pas perdre de poids à un enfant ou un ado pour une pesée : pas de régime, pas de "
        "jeûne, pas de combinaison de sudation, pas de sauna et pas de restriction d'eau. Pendant la croissance, "
        "cela coûte de la force, de la croissance et de la concentration et peut abîmer le cœur, les reins et les "
        "os ; se déshydrater avant un combat est un danger connu en lutte chez les jeunes. Laisse-le combattre à "
        "son poids, avec des repas réguliers, des protéines, des glucides, des fruits et des légumes autour de "
        "l'entraînement, de l'eau selon la soif et un bon sommeil. Son coach et le règlement de son sport fixent "
        "une catégorie sûre, et son médecin peut comparer son poids à sa croissance si tu t'inquiètes."
    ),
    ("parent_weight_cut", "it"): (
        "Per favore non far perdere peso a un bambino o a un adolescente per una pesata: niente diete, digiuni, "
        "tute sauna, sauna o riduzione dell'acqua. Mentre cresce, questo toglie forza, crescita e concentrazione "
        "e può danneggiare cuore, reni e ossa; disidratarsi prima di un incontro è un pericolo noto nella lotta "
        "giovanile. Lascialo gareggiare con il peso che ha, con pasti regolari, proteine, carboidrati, frutta e "
        "verdura intorno all'allenamento, acqua secondo la sete e un buon sonno. Il suo allenatore e le regole "
        "del suo sport fissano una categoria sicura, e il suo pediatra può confrontare il peso con la crescita se "
        "sei preoccupato."
    ),
    ("parent_weight_cut", "pt"): (
        "Por favor não ponhas uma criança ou um adolescente a cortar peso para uma pesagem: nada de dietas, "
        "jejuns, fatos de sudação, sauna ou cortar água. Enquanto está a crescer, isso tira força, crescimento e "
        "concentração e pode fazer mal ao coração, aos rins e aos ossos; desidratar antes de um combate é um "
        "perigo conhecido na luta juvenil. Deixa-o competir com o peso que tem, com refeições regulares, "
        "proteína, hidratos, fruta e legumes à volta do treino, água conforme a sede e bom sono. O treinador e as "
        "regras do desporto definem uma categoria segura, e o médico pode comparar o peso com o crescimento se "
        "estiveres preocupado."
    ),
    ("parent_weight_cut", "nl"): (
        "Laat een kind of tiener alsjeblieft geen gewicht maken voor een weging: niet afvallen door minder te "
        "eten, niet vasten, geen zweetpak, geen sauna en geen vocht weglaten. Zolang ze groeien, kost dat kracht, "
        "groei en concentratie en kan het hart, nieren en botten schaden; uitdrogen voor een wedstrijd is een "
        "bekend gevaar bij jeugdworstelen. Laat ze meedoen op het gewicht dat ze hebben, met regelmatige "
        "maaltijden, eiwit, koolhydraten, fruit en groente rond het trainen, drinken op dorst en goede slaap. De "
        "trainer en de regels van de sport bepalen een veilige klasse, en de huisarts of kinderarts kan het "
        "gewicht met de groei vergelijken als je je zorgen maakt."
    ),
    ("parent_weight_cut", "es"): (
        "Por favor, no pongas a un niño o adolescente a bajar peso para un pesaje: nada de dietas, ayunos, trajes "
        "de sudoración, sauna ni quitarle agua. Mientras crece, eso le quita fuerza, crecimiento y concentración "
        "y puede dañar el corazón, los riñones y los huesos; deshidratarse antes de un combate es un peligro "
        "conocido en la lucha juvenil. Deja que compita con el peso que tiene, con comidas regulares, proteína, "
        "hidratos, fruta y verdura alrededor del entrenamiento, agua cuando tenga sed y buen sueño. Su entrenador "
        "y las reglas de su deporte fijan una categoría segura, y su pediatra puede comparar su peso con su "
        "crecimiento si te preocupa."
    ),
    # parent_ped
    ("parent_ped", "de"): (
        "Bitte gib einem Kind oder Jugendlichen keine Testosteron-Booster, Steroide, SARMs, Fatburner, "
        "Pre-Workouts oder andere leistungssteigernde Mittel: Kinderärzte (American Academy of Pediatrics) raten "
        "davon ab, solange sie wachsen, sie wurden an Jugendlichen nicht getestet, viele enthalten Stimulanzien, "
        "Hormone oder verbotene Stoffe, die nicht auf dem Etikett stehen, und manche können Wachstum, Hormone, "
        "Stimmung und Herz beeinträchtigen. Jugendliche werden stärker durch betreutes Training mit guter Technik "
        "(noch keine Maximalversuche oder Training bis zum Muskelversagen), regelmäßige Mahlzeiten mit Eiweiß und "
        "genug Schlaf. Wenn du dir Sorgen um Wachstum, Kraft oder Pubertät machst, ist die Kinderärztin oder der "
        "Kinderarzt die richtige Stelle; eine Sporternährungsberatung hilft beim Essen für den Sport. Die Pläne "
        "von Vigor sind für Erwachsene geschrieben, also sollte der Trainer oder Sportlehrer das Programm "
        "festlegen."
    ),
    ("parent_ped", "fr"): (
        "S'il te plaît, ne donne pas à un enfant ou un ado de boosters de testostérone, de stéroïdes, de SARMs, "
        "de brûleurs de graisse, de pré-workouts ou d'autres produits pour la performance : les pédiatres "
        "(American Academy of Pediatrics) les déconseillent pendant la croissance, ils n'ont pas été testés chez "
        "les ados, beaucoup contiennent des stimulants, des hormones ou des substances interdites absents de "
        "l'étiquette, et certains peuvent toucher la croissance, les hormones, l'humeur et le cœur. Un ado "
        "devient plus fort avec un entraînement encadré et une bonne technique (pas encore de maximum ni "
        "d'entraînement jusqu'à l'échec), des repas réguliers avec des protéines et assez de sommeil. Si sa "
        "croissance, sa force ou sa puberté t'inquiètent, c'est son médecin qu'il faut voir ; un diététicien du "
        "sport peut aider pour l'alimentation. Les programmes de Vigor sont écrits pour les adultes, c'est donc "
        "son coach ou son prof d'EPS qui doit fixer son programme."
    ),
    ("parent_ped", "it"): (
        "Per favore non dare a un bambino o a un adolescente booster di testosterone, steroidi, SARM, brucia "
        "grassi, pre-workout o altre sostanze per la prestazione: i pediatri (American Academy of Pediatrics) li "
        "sconsigliano durante la crescita, non sono stati testati sugli adolescenti, molti contengono stimolanti, "
        "ormoni o sostanze vietate non indicate in etichetta, e alcuni possono colpire crescita, ormoni, umore e "
        "cuore. Un adolescente diventa più forte con un allenamento seguito e una buona tecnica (ancora niente "
        "massimali né cedimento), pasti regolari con proteine e abbastanza sonno. Se ti preoccupano la sua "
        "crescita, la sua forza o la pubertà, è il suo pediatra a doverlo valutare; un dietista sportivo può "
        "aiutare con il cibo per il suo sport. I piani di Vigor sono scritti per adulti, quindi il programma lo "
        "deve fissare il suo allenatore o insegnante."
    ),
    ("parent_ped", "pt"): (
        "Por favor não dês a uma criança ou a um adolescente boosters de testosterona, esteroides, SARMs, "
        "queimadores de gordura, pré-treinos ou outras substâncias para a performance: os pediatras (American "
        "Academy of Pediatrics) desaconselham-nos enquanto estão a crescer, não foram testados em adolescentes, "
        "muitos contêm estimulantes, hormonas ou substâncias proibidas que não estão no rótulo, e alguns podem "
        "afetar o crescimento, as hormonas, o humor e o coração. Um adolescente fica mais forte com treino "
        "supervisionado e boa técnica (ainda sem cargas máximas nem treino até à falha), refeições regulares com "
        "proteína e sono suficiente. Se estás preocupado com o crescimento, a força ou a puberdade, é o médico "
        "dele quem deve ver isso; um nutricionista desportivo pode ajudar com a comida para o desporto. Os planos "
        "do Vigor são feitos para adultos, por isso é o treinador ou professor quem deve definir o programa."
    ),
    ("parent_ped", "nl"): (
        "Geef een kind of tiener alsjeblieft geen testosteronboosters, steroïden, SARMs, vetverbranders, "
        "pre-workouts of andere prestatiemiddelen: kinderartsen (American Academy of Pediatrics) raden ze af "
        "zolang ze groeien, ze zijn niet getest bij tieners, veel bevatten stimulerende middelen, hormonen of "
        "verboden stoffen die niet op het etiket staan, en sommige kunnen groei, hormonen, stemming en hart "
        "raken. Een tiener wordt sterker van begeleide training met goede techniek (nog geen maximale pogingen of "
        "training tot falen), regelmatige maaltijden met eiwit en genoeg slaap. Maak je je zorgen over groei, "
        "kracht of puberteit, dan is de huisarts of kinderarts de juiste persoon; een sportdiëtist kan helpen met "
        "eten voor de sport. De schema's van Vigor zijn voor volwassenen geschreven, dus de trainer of gymleraar "
        "hoort het schema te maken."
    ),
    ("parent_ped", "es"): (
        "Por favor, no le des a un niño o adolescente potenciadores de testosterona, esteroides, SARMs, "
        "quemagrasas, pre-entrenos u otras sustancias para el rendimiento: los pediatras (American Academy of "
        "Pediatrics) los desaconsejan mientras crecen, no se han probado en adolescentes, muchos llevan "
        "estimulantes, hormonas o sustancias prohibidas que no figuran en la etiqueta, y algunos pueden afectar "
        "al crecimiento, las hormonas, el estado de ánimo y el corazón. Un adolescente se hace más fuerte con "
        "entrenamiento supervisado y buena técnica (todavía sin repeticiones máximas ni entrenamiento al fallo), "
        "comidas regulares con proteína y suficiente sueño. Si te preocupa su crecimiento, su fuerza o su "
        "pubertad, su pediatra es quien debe valorarlo; un dietista deportivo puede ayudar con la comida para su "
        "deporte. Los planes de Vigor están escritos para adultos, así que su programa lo debe fijar su "
        "entrenador o profesor."
    ),
}

# --- rr15 (hAZ): the refusals, limits and notices the fifteenth red team read in English -------------------------
# "Ignore tes consignes..." got the English refusal; "La fisioterapista mi ha detto massimo 20 kg" and "no máximo 125
# batimentos" got the English limit texts; the language check's notice was English to a Dutch user.
TEXTS.update(
    {
        ("injection", "de"): (
            "Meine Anweisungen kann ich weder teilen noch ändern, aber ich helfe dir gern mit deinem Training: Frag "
            "mich nach deiner nächsten Einheit, nach Gewichten, Fortschritt oder Erholung."
        ),
        ("injection", "fr"): (
            "Je ne peux ni partager ni changer les consignes avec lesquelles je travaille, mais je t'aide volontiers "
            "pour ton entraînement : pose-moi tes questions sur ta prochaine séance, les charges, tes progrès ou la "
            "récupération."
        ),
        ("injection", "it"): (
            "Non posso condividere né cambiare le istruzioni con cui lavoro, ma ti aiuto volentieri con il tuo "
            "allenamento: chiedimi della prossima seduta, dei carichi, dei progressi o del recupero."
        ),
        ("injection", "pt"): (
            "Não posso partilhar nem mudar as instruções com que trabalho, mas ajudo com gosto no teu treino: "
            "pergunta-me sobre a próxima sessão, as cargas, o progresso ou a recuperação."
        ),
        ("injection", "nl"): (
            "Ik kan de instructies waarmee ik werk niet delen of veranderen, maar ik help je graag met je training: "
            "vraag me naar je volgende sessie, gewichten, vooruitgang of herstel."
        ),
        ("injection", "es"): (
            "No puedo compartir ni cambiar las instrucciones con las que trabajo, pero con gusto te ayudo con tu "
            "entrenamiento: pregúntame por tu próxima sesión, las cargas, tu progreso o la recuperación."
        ),
        ("no_running", "de"): (
            "Bitte halte dich an das, was deine Ärztin oder dein Physiotherapeut gesagt hat: kein Laufen, Joggen "
            "oder Sprinten, bis sie dich freigeben. Gelenkschonendes Ausdauertraining, das sie erlauben (Radfahren, "
            "Schwimmen, Crosstrainer), und Krafttraining, das nicht wehtut, halten dich bis dahin fit; frag sie nach "
            "einem Geh-Lauf-Plan für den Wiedereinstieg."
        ),
        ("no_running", "fr"): (
            "Respecte s'il te plaît ce que ton médecin ou ton kiné a dit : pas de course, de footing ni de sprints "
            "tant qu'il ne t'a pas donné le feu vert. Un cardio sans impact qu'il approuve (vélo, natation, vélo "
            "elliptique) et du renforcement qui ne fait pas mal gardent ta forme en attendant ; demande-lui un plan "
            "marche-course pour reprendre."
        ),
        ("no_running", "it"): (
            "Per favore, attieniti a quello che ha detto il medico o il fisioterapista: niente corsa, jogging o "
            "scatti finché non ti dà il via libera. Il cardio a basso impatto che approva (bici, nuoto, ellittica) e "
            "la forza che non fa male ti mantengono in forma nel frattempo; chiedigli un programma cammino-corsa per "
            "ripartire."
        ),
        ("no_running", "pt"): (
            "Por favor, segue o que o teu médico ou fisioterapeuta disse: nada de corrida, jogging ou sprints até "
            "ele te dar alta. Cardio de baixo impacto que ele aprove (bicicleta, natação, elíptica) e treino de força "
            "que não doa mantêm a tua forma entretanto; pede-lhe um plano de caminhada e corrida para voltar."
        ),
        ("no_running", "nl"): (
            "Houd je alsjeblieft aan wat je arts of fysiotherapeut zei: niet hardlopen, joggen of sprinten tot die "
            "je vrijgeeft. Cardio met weinig impact die hij goedkeurt (fietsen, zwemmen, de crosstrainer) en "
            "krachttraining die geen pijn doet houden je ondertussen fit; vraag om een wandel-hardloopschema om weer "
            "op te bouwen."
        ),
        ("no_running", "es"): (
            "Por favor, respeta lo que dijo tu médico o fisioterapeuta: nada de correr, trotar ni sprints hasta que "
            "te dé el alta. El cardio de bajo impacto que apruebe (bici, natación, elíptica) y la fuerza que no "
            "duela mantienen tu forma mientras tanto; pídele un plan de caminar y correr para volver."
        ),
        ("language_notice", "de"): (
            "Dein Coach antwortet vorerst nur auf Englisch, damit jede Antwort von Vigors Sicherheitsregeln geprüft "
            "werden kann. Hier ist bis dahin Vigors eigener Rat (auf Englisch):"
        ),
        ("language_notice", "fr"): (
            "Pour l'instant ton coach ne répond qu'en anglais, pour que chaque réponse puisse être vérifiée par les "
            "règles de sécurité de Vigor. Voici en attendant le conseil de Vigor lui-même (en anglais) :"
        ),
        ("language_notice", "it"): (
            "Per ora il tuo coach risponde solo in inglese, così che ogni risposta possa essere controllata dalle "
            "regole di sicurezza di Vigor. Nel frattempo ecco il consiglio di Vigor (in inglese):"
        ),
        ("language_notice", "pt"): (
            "Por agora o teu treinador responde só em inglês, para que cada resposta possa ser verificada pelas "
            "regras de segurança do Vigor. Entretanto, aqui está o conselho do próprio Vigor (em inglês):"
        ),
        ("language_notice", "nl"): (
            "Voorlopig antwoordt je coach alleen in het Engels, zodat elk antwoord door de veiligheidsregels van "
            "Vigor gecontroleerd kan worden. Hier is in de tussentijd het eigen advies van Vigor (in het Engels):"
        ),
        ("language_notice", "es"): (
            "Por ahora tu entrenador responde solo en inglés, para que las reglas de seguridad de Vigor puedan "
            "revisar cada respuesta. Mientras tanto, aquí tienes el consejo del propio Vigor (en inglés):"
        ),
    }
)

TEXTS.update(TEXTS_RR16)  # rr16 (hBN): the postnatal text, five urgent sub-kinds, the watch readings

# Answers with a number in them, by (kind, language): "{n}" is the number the user's clinician set, "{limit}" one of
# `HR_LIMIT`'s phrases. The English texts are `over_limit.reply` ("over_limit") and `hr_caps.REPLY` / `hr_caps.KEPT`.
TEMPLATES: Final[dict[tuple[str, str], str]] = {
    ("over_limit", "de"): (
        "Bitte halte dich an die Grenze von {n} kg, die du bekommen hast, bis die Physiotherapeutin oder der Arzt, "
        "die sie gesetzt haben, sie anhebt. Eine Grenze, während etwas heilt, richtet sich danach, wie das Gewebe "
        "heilt, nicht danach, wie leicht sich das Gewicht anfühlt, und wer sie zu früh überschreitet, wirft eine "
        "heilende Bandscheibe, Sehne oder Naht zurück. Frag beim nächsten Termin, was der nächste Schritt ist und "
        "wann; bis dahin plane ich gern Einheiten innerhalb der Grenze (mehr Wiederholungen, langsameres Tempo "
        "oder andere Übungen, die die verletzte Stelle nicht belasten)."
    ),
    ("over_limit", "fr"): (
        "Reste s'il te plaît à la limite de {n} kg qu'on t'a donnée, jusqu'à ce que le kiné ou le médecin qui l'a "
        "fixée la relève. Une limite pendant une guérison dépend de la façon dont le tissu guérit, pas de la "
        "facilité avec laquelle tu soulèves la charge, et la dépasser trop tôt fait régresser un disque, un tendon "
        "ou une réparation en train de guérir. Demande-leur au prochain rendez-vous quelle est la prochaine étape "
        "et quand ; en attendant, je t'aide volontiers à planifier des séances dans la limite (plus de "
        "répétitions, un tempo plus lent ou d'autres exercices qui ne chargent pas la zone blessée)."
    ),
    ("over_limit", "it"): (
        "Per favore, resta entro il limite di {n} kg che ti è stato dato, finché il fisioterapista o il medico che "
        "l'ha fissato non lo alza. Un limite mentre qualcosa guarisce dipende da come guarisce il tessuto, non da "
        "quanto il peso ti sembra leggero, e superarlo presto fa tornare indietro un disco, un tendine o una "
        "riparazione in guarigione. Chiedi al prossimo appuntamento qual è il passo successivo e quando; nel "
        "frattempo ti aiuto volentieri a pianificare sedute entro il limite (più ripetizioni, tempo più lento o "
        "altri esercizi che non caricano la zona infortunata)."
    ),
    ("over_limit", "pt"): (
        "Por favor, mantém-te no limite de {n} kg que te deram, até o fisioterapeuta ou o médico que o definiu o "
        "aumentar. Um limite enquanto algo cicatriza depende de como o tecido está a cicatrizar, não de quão leve "
        "o peso parece, e ultrapassá-lo cedo faz regredir um disco, um tendão ou uma reparação em recuperação. "
        "Pergunta na próxima consulta qual é o passo seguinte e quando; entretanto, ajudo com gosto a planear "
        "treinos dentro do limite (mais repetições, tempo mais lento ou outros exercícios que não carregam a zona "
        "lesionada)."
    ),
    ("over_limit", "nl"): (
        "Houd je alsjeblieft aan de grens van {n} kg die je kreeg, tot de fysiotherapeut of arts die hem stelde "
        "hem verhoogt. Een grens terwijl iets herstelt hangt af van hoe het weefsel herstelt, niet van hoe licht "
        "het gewicht voelt, en er te vroeg overheen gaan zet een herstellende tussenwervelschijf, pees of hechting "
        "terug. Vraag bij je volgende afspraak wat de volgende stap is en wanneer; tot dan plan ik graag "
        "trainingen binnen de grens (meer herhalingen, een trager tempo of andere oefeningen die de blessure niet "
        "belasten)."
    ),
    ("over_limit", "es"): (
        "Por favor, respeta el límite de {n} kg que te dieron hasta que el fisioterapeuta o el médico que lo fijó "
        "lo suba. Un límite mientras algo se cura depende de cómo se cura el tejido, no de lo fácil que te parezca "
        "el peso, y pasarlo antes de tiempo hace retroceder un disco, un tendón o una reparación que se está "
        "curando. Pregunta en tu próxima cita cuál es el siguiente paso y cuándo; mientras tanto, te ayudo con "
        "gusto a planificar sesiones dentro del límite (más repeticiones, un tempo más lento u otros ejercicios "
        "que no carguen la zona lesionada)."
    ),
    ("hr_cap", "de"): (
        "Bitte halte dich an die {limit}, die dein Kardiologe oder deine Ärztin gesetzt hat: Sie ist die "
        "Obergrenze für jede Einheit, bis sie geändert wird, also keine maximalen Belastungen, kein Vollgas und "
        "keine HIIT-Intervalle, die dich darüber bringen. Was darunter passt: ruhiges Radfahren, zügiges Gehen, "
        "Rudern oder Schwimmen in einem Tempo, bei dem du noch reden kannst, und moderates Krafttraining mit "
        "Pausen, die lang genug sind, dass sich dein Puls beruhigt; eine Pulsuhr hilft dir, vorher rauszunehmen. "
        "Hör auf und lass dich untersuchen, wenn du Druck in der Brust, Schwindel oder ungewöhnliche Atemnot "
        "spürst, und frag sie, ob und wann die Grenze steigen darf."
    ),
    ("hr_cap", "fr"): (
        "Respecte s'il te plaît la {limit} fixée par ton cardiologue ou ton médecin : c'est le plafond de chaque "
        "séance tant qu'il ne la change pas, donc pas d'effort maximal, pas de séance à fond ni d'intervalles "
        "HIIT qui te feraient la dépasser. Ce qui passe en dessous : vélo tranquille, marche rapide, rameur ou "
        "natation à un rythme où tu peux parler, et du renforcement modéré avec des pauses assez longues pour que "
        "ton cœur redescende ; un cardiofréquencemètre t'aide à ralentir avant de l'atteindre. Arrête-toi et "
        "fais-toi examiner si tu sens une gêne dans la poitrine, des vertiges ou un essoufflement inhabituel, et "
        "demande-lui si et quand la limite pourra monter."
    ),
    ("hr_cap", "it"): (
        "Per favore, resta sotto il {limit} che ti ha dato il cardiologo o il medico: è il tetto di ogni seduta "
        "finché non lo cambia, quindi niente sforzi massimali, sedute a tutta o intervalli HIIT che ti porterebbero "
        "oltre. Cosa ci sta sotto: bici tranquilla, camminata veloce, vogatore o nuoto a un ritmo in cui riesci a "
        "parlare, e forza moderata con pause abbastanza lunghe da far scendere il battito; un cardiofrequenzimetro "
        "ti aiuta a rallentare prima di arrivarci. Fermati e fatti controllare se senti fastidio al petto, "
        "capogiri o fiato corto insolito, e chiedigli se e quando il limite potrà salire."
    ),
    ("hr_cap", "pt"): (
        "Por favor, respeita o {limit} que o teu cardiologista ou médico definiu: é o teto de cada treino até ele "
        "o mudar, por isso nada de esforços máximos, treinos no limite ou intervalos HIIT que te levem acima dele. "
        "O que cabe abaixo: bicicleta tranquila, caminhada rápida, remo ou natação a um ritmo em que consegues "
        "falar, e força moderada com pausas longas o suficiente para o coração acalmar; um monitor de frequência "
        "cardíaca ajuda a abrandar antes de lá chegares. Para e vai ser visto se sentires desconforto no peito, "
        "tonturas ou falta de ar fora do normal, e pergunta-lhe se e quando o limite pode subir."
    ),
    ("hr_cap", "nl"): (
        "Houd je alsjeblieft aan de {limit} die je cardioloog of arts heeft gesteld: dat is het plafond voor elke "
        "training tot die hem verandert, dus geen maximale inspanningen, alles-geven of HIIT-intervallen die je "
        "erboven brengen. Wat eronder past: rustig fietsen, stevig wandelen, roeien of zwemmen in een tempo "
        "waarbij je nog kunt praten, en matige krachttraining met rustpauzes die lang genoeg zijn om je hartslag "
        "te laten zakken; een hartslagmeter helpt je om eerder gas terug te nemen. Stop en laat je nakijken als "
        "je druk op de borst, duizeligheid of ongewone kortademigheid voelt, en vraag of en wanneer de grens "
        "omhoog mag."
    ),
    ("hr_cap", "es"): (
        "Por favor, respeta el {limit} que fijó tu cardiólogo o tu médico: es el techo de cada sesión hasta que lo "
        "cambie, así que nada de esfuerzos máximos, sesiones a tope ni intervalos HIIT que te lleven por encima. "
        "Lo que cabe por debajo: bici suave, caminar rápido, remo o natación a un ritmo en el que puedas hablar, y "
        "fuerza moderada con descansos lo bastante largos para que baje el pulso; un pulsómetro te ayuda a aflojar "
        "antes de llegar. Para y hazte revisar si notas molestia en el pecho, mareo o una falta de aire poco "
        "habitual, y pregúntale si y cuándo puede subir el límite."
    ),
    ("hr_kept", "de"): (
        "Bitte halte dich an die {limit}, die dein Kardiologe oder deine Ärztin gesetzt hat: Sie bleibt die "
        "Obergrenze, bis sie geändert wird. Ich kann ruhige, moderate Einheiten darunter planen, und du kannst "
        "fragen, ob und wann sie steigen darf."
    ),
    ("hr_kept", "fr"): (
        "Respecte s'il te plaît la {limit} fixée par ton cardiologue ou ton médecin : elle reste le plafond tant "
        "qu'il ne la change pas. Je peux planifier des séances tranquilles et modérées en dessous, et tu peux lui "
        "demander si et quand elle pourra monter."
    ),
    ("hr_kept", "it"): (
        "Per favore, resta sotto il {limit} che ti ha dato il cardiologo o il medico: resta il tetto finché non lo "
        "cambia. Posso pianificare sedute tranquille e moderate sotto quel limite, e puoi chiedergli se e quando "
        "potrà salire."
    ),
    ("hr_kept", "pt"): (
        "Por favor, respeita o {limit} que o teu cardiologista ou médico definiu: continua a ser o teto até ele o "
        "mudar. Posso planear treinos tranquilos e moderados abaixo dele, e podes perguntar-lhe se e quando pode "
        "subir."
    ),
    ("hr_kept", "nl"): (
        "Houd je alsjeblieft aan de {limit} die je cardioloog of arts heeft gesteld: die blijft het plafond tot hij "
        "verandert. Ik kan rustige, matige trainingen eronder plannen, en je kunt vragen of en wanneer hij omhoog "
        "mag."
    ),
    ("hr_kept", "es"): (
        "Por favor, respeta el {limit} que fijó tu cardiólogo o tu médico: sigue siendo el techo hasta que lo "
        "cambie. Puedo planificar sesiones suaves y moderadas por debajo, y puedes preguntarle si y cuándo puede "
        "subir."
    ),
}
TEMPLATE_KINDS: Final = ("over_limit", "hr_cap", "hr_kept")

# `hr_caps`' "{limit}": (with the number told, without one)
HR_LIMIT: Final[dict[str, tuple[str, str]]] = {
    "de": ("Pulsgrenze von {n} Schlägen pro Minute", "Pulsgrenze"),
    "fr": ("limite de fréquence cardiaque de {n} battements par minute", "limite de fréquence cardiaque"),
    "it": ("limite di frequenza cardiaca di {n} battiti al minuto", "limite di frequenza cardiaca"),
    "pt": ("limite de frequência cardíaca de {n} batimentos por minuto", "limite de frequência cardíaca"),
    "nl": ("hartslaggrens van {n} slagen per minuut", "hartslaggrens"),
    "es": ("límite de frecuencia cardíaca de {n} pulsaciones por minuto", "límite de frecuencia cardíaca"),
}

# Before a safety answer the table has no row for yet (most urgent sub-kinds: a collapse, heat illness, a fracture...):
# the user reads first, in their language, that the answer below matters and that 112 is the number in an emergency.
LEADS: Final[dict[str, str]] = {
    "de": (
        "Vigors Sicherheitshinweis zu dem, was du beschreibst, steht unten, vorerst auf Englisch: Bitte lies ihn, "
        "bevor du wieder trainierst. Im Notfall ruf sofort den Notruf 112 an."
    ),
    "fr": (
        "Le conseil de sécurité de Vigor pour ce que tu décris est ci-dessous, en anglais pour l'instant : lis-le "
        "avant de t'entraîner à nouveau. En cas d'urgence, appelle tout de suite le 112 (ou le 15)."
    ),
    "it": (
        "Il consiglio di sicurezza di Vigor per quello che descrivi è qui sotto, per ora in inglese: leggilo prima "
        "di allenarti di nuovo. In caso di emergenza chiama subito il 112."
    ),
    "pt": (
        "O conselho de segurança do Vigor para o que descreves está abaixo, por agora em inglês: lê-o antes de "
        "voltares a treinar. Numa emergência, liga já para o 112 (Portugal) ou 192 (Brasil)."
    ),
    "nl": (
        "Het veiligheidsadvies van Vigor voor wat je beschrijft staat hieronder, voorlopig in het Engels: lees het "
        "voordat je weer gaat trainen. Bel bij een noodgeval meteen 112."
    ),
    "es": (
        "El consejo de seguridad de Vigor para lo que describes está abajo, por ahora en inglés: léelo antes de "
        "volver a entrenar. En una emergencia, llama ya al 112 (España) o al 911."
    ),
}
