"""Vigor's answers to an acutely injured knee or ankle and to training in pregnancy, in German, French, Italian,
Portuguese and Dutch (issue 15, rr13, hAO); `localised.TEXTS` takes them in.

The thirteenth red team wrote "Mein Knie ist nach einem Knacken beim Fußball stark geschwollen und instabil" and
"Sono incinta di 30 settimane, posso fare deadlift pesanti al massimale?": once the gate reads them, the answer should
be read in the language they were asked in. The texts say what `replies.URGENT["joint_injury"]` and
`replies.REPLIES["pregnancy"]` say (Ottawa knee and ankle rules; ACOG Committee Opinion 804), with 112 for the
emergency number.
"""

from __future__ import annotations

MORE: dict[str, dict[str, str]] = {
    "de": {
        "joint_injury": (
            "Bitte hör mit dem Training auf und lass es noch heute untersuchen, in einer Notfallpraxis oder der "
            "Notaufnahme; bis dahin kein Training damit, auch nicht mit Bandage oder Tape. Ein Knie, Knöchel oder "
            "Bein, das nach einem Verdrehen, Knacken oder Sturz dein Gewicht nicht trägt (vier Schritte), ein "
            "Knie, das nach einem Knacken innerhalb von Stunden anschwillt, oder eines, das blockiert und sich "
            "nicht strecken lässt, braucht eine Untersuchung und meist ein Röntgenbild (ein Bruch, ein Bänderriss "
            "wie das Kreuzband oder ein Meniskusriss). Bis dahin schonen und nicht belasten (Krücken, wenn du "
            "welche hast), 15-20 Minuten kühlen, leicht komprimieren und hochlagern. Geh sofort in die "
            "Notaufnahme oder ruf 112, wenn es verschoben aussieht oder der Fuß kalt, blass oder taub ist. Ich "
            "bin ein Fitness-Coach, kein Arzt."
        ),
        "pregnancy": (
            "Aktiv zu bleiben ist in den meisten Schwangerschaften gut (etwa 150 Minuten pro Woche in moderatem "
            "Tempo, bei dem du noch sprechen kannst), aber sprich bitte zuerst mit deiner Hebamme oder Ärztin, "
            "und wieder, wenn sich etwas ändert. Allgemein: ab dem zweiten Drittel nicht lange flach auf dem "
            "Rücken liegen, keine Kontaktsportarten und nichts mit Sturzrisiko, Überhitzung meiden, unter "
            "schweren Lasten nicht die Luft anhalten und Gewichte wählen, die du noch mehrmals heben könntest, "
            "statt Maximalversuche. Hör auf und hol dir ärztlichen Rat bei Blutungen, Flüssigkeitsverlust, "
            "regelmäßigen schmerzhaften Wehen, Schwindel oder Ohnmacht, Brustschmerzen, Kopfschmerzen, "
            "Wadenschmerzen oder -schwellung; im Notfall 112."
        ),
    },
    "fr": {
        "joint_injury": (
            "Arrête l'entraînement et fais-le examiner aujourd'hui, aux urgences ou dans un centre de soins non "
            "programmés ; pas d'entraînement dessus en attendant, même avec une attelle ou un strapping. Un "
            "genou, une cheville ou une jambe qui ne porte pas ton poids (quatre pas) après une torsion, un "
            "craquement ou une chute, un genou qui gonfle dans les heures qui suivent un craquement, ou qui se "
            "bloque et ne s'étend plus, doit être examiné, souvent avec une radio (une fracture, une rupture du "
            "ligament croisé ou du ménisque). En attendant, repos sans appui (béquilles si tu en as), glace 15-20 "
            "minutes, légère compression et jambe surélevée. Va directement aux urgences ou appelle le 112 si "
            "l'articulation paraît déplacée ou si le pied est froid, pâle ou engourdi. Je suis un coach sportif, "
            "pas un médecin."
        ),
        "pregnancy": (
            "Rester active est bon pour la plupart des grossesses (environ 150 minutes par semaine à une "
            "intensité modérée, où tu peux encore parler), mais vois d'abord ta sage-femme ou ton médecin, et de "
            "nouveau dès que quelque chose change. En général : après le premier trimestre, évite de rester "
            "longtemps à plat sur le dos, les sports de contact et tout risque de chute, la surchauffe, ne bloque "
            "pas ta respiration sous des charges lourdes et choisis des charges que tu pourrais soulever encore "
            "plusieurs fois plutôt que des maximales. Arrête et demande un avis médical en cas de saignement, de "
            "perte de liquide, de contractions régulières douloureuses, de vertige ou de malaise, de douleur "
            "thoracique, de maux de tête, de douleur ou gonflement du mollet ; en urgence, le 112."
        ),
    },
    "it": {
        "joint_injury": (
            "Smetti di allenarti e fallo vedere oggi stesso, in pronto soccorso o in un centro di assistenza "
            "urgente; nel frattempo niente allenamento su quell'articolazione, nemmeno con tutore o bendaggio. Un "
            "ginocchio, una caviglia o una gamba che non regge il tuo peso (quattro passi) dopo una torsione, uno "
            "schiocco o una caduta, un ginocchio che si gonfia entro poche ore da uno schiocco, o che si blocca e "
            "non si estende, va visitato, di solito con una radiografia (una frattura, una rottura del crociato o "
            "del menisco). Fino ad allora riposo senza carico (stampelle se le hai), ghiaccio 15-20 minuti, "
            "leggera compressione e gamba sollevata. Vai subito in pronto soccorso o chiama il 112 se sembra "
            "fuori posto o il piede è freddo, pallido o insensibile. Sono un coach di fitness, non un medico."
        ),
        "pregnancy": (
            "Restare attiva fa bene nella maggior parte delle gravidanze (circa 150 minuti a settimana di "
            "attività moderata, in cui riesci ancora a parlare), ma senti prima la tua ostetrica o il tuo medico, "
            "e di nuovo ogni volta che qualcosa cambia. In generale: dopo il primo trimestre evita di stare a "
            "lungo distesa sulla schiena, gli sport di contatto e tutto ciò che comporta rischio di cadute, il "
            "surriscaldamento, non trattenere il respiro sotto carichi pesanti e scegli pesi che potresti "
            "sollevare ancora diverse volte invece dei massimali. Fermati e chiedi un parere medico per "
            "sanguinamento, perdita di liquido, contrazioni dolorose regolari, capogiri o svenimento, dolore al "
            "petto, mal di testa, dolore o gonfiore al polpaccio; in emergenza, il 112."
        ),
    },
    "pt": {
        "joint_injury": (
            "Pare de treinar e procure avaliação hoje, num serviço de urgência; até lá, nada de treino com essa "
            "articulação, nem com joelheira ou ligadura. Um joelho, tornozelo ou perna que não aguenta o teu peso "
            "(quatro passos) depois de uma torção, um estalo ou uma queda, um joelho que incha poucas horas "
            "depois de um estalo, ou que bloqueia e não estica, precisa de ser examinado, em geral com "
            "radiografia (uma fratura, uma rotura do ligamento cruzado ou do menisco). Até lá, repouso sem apoiar "
            "o peso (muletas se tiveres), gelo 15-20 minutos, compressão leve e perna elevada. Vai logo à "
            "urgência ou liga 112 (Portugal) ou 192 (Brasil) se parecer fora do lugar ou o pé estiver frio, "
            "pálido ou dormente. Sou um treinador de fitness, não um médico."
        ),
        "pregnancy": (
            "Manter-se ativa faz bem na maioria das gestações (cerca de 150 minutos por semana de atividade "
            "moderada, em que ainda consegues falar), mas fala primeiro com a tua parteira, obstetra ou médico, e "
            "de novo sempre que algo mudar. Em geral: depois do primeiro trimestre evita ficar muito tempo "
            "deitada de costas, desportos de contacto e risco de queda, o sobreaquecimento, não prendas a "
            "respiração com cargas pesadas e escolhe pesos que ainda conseguirias levantar várias vezes em vez de "
            "cargas máximas. Pára e procura aconselhamento médico se tiveres sangramento, perda de líquido, "
            "contrações dolorosas regulares, tonturas ou desmaio, dor no peito, dor de cabeça, dor ou inchaço na "
            "barriga da perna; em emergência, 112 (Portugal) ou 192 (Brasil)."
        ),
    },
    "nl": {
        "joint_injury": (
            "Stop met trainen en laat het vandaag nog bekijken, bij de huisartsenpost of de spoedeisende hulp; "
            "train er intussen niet mee, ook niet met een brace of tape. Een knie, enkel of been die na een "
            "verdraaiing, knak of val je gewicht niet draagt (vier stappen), een knie die binnen enkele uren na "
            "een knak opzwelt, of die op slot schiet en niet meer strekt, moet onderzocht worden, meestal met een "
            "röntgenfoto (een breuk, een gescheurde kruisband of meniscus). Tot dan rust zonder belasten (krukken "
            "als je die hebt), 15-20 minuten koelen, licht drukverband en het been hoog. Ga meteen naar de "
            "spoedeisende hulp of bel 112 als het scheef staat of de voet koud, bleek of gevoelloos is. Ik ben "
            "een fitnesscoach, geen arts."
        ),
        "pregnancy": (
            "Actief blijven is goed bij de meeste zwangerschappen (ongeveer 150 minuten per week op een matig "
            "tempo waarbij je nog kunt praten), maar overleg eerst met je verloskundige of arts, en opnieuw zodra "
            "er iets verandert. In het algemeen: lig na het eerste trimester niet lang plat op je rug, geen "
            "contactsporten of iets met valrisico, voorkom oververhitting, houd je adem niet in onder zware "
            "lasten en kies gewichten die je nog een aantal keer zou kunnen tillen in plaats van maximale "
            "pogingen. Stop en vraag medisch advies bij bloedverlies, vochtverlies, regelmatige pijnlijke weeën, "
            "duizeligheid of flauwvallen, pijn op de borst, hoofdpijn, pijn of zwelling in de kuit; bij nood 112."
        ),
    },
}
