"""Vigor's emergency, crisis, eating-disorder and medicine answers in German, French, Italian, Portuguese and Dutch
(issue 15, rr11 K8-K10 and K12, hAB).

    language(text) -> Lang | None        the message's language when its common words say so ("de", "fr", "it",
                                          "pt", "nl"), else None (English; Spanish keeps `replies.SPANISH`)
    localise(reply, text) -> str          `reply` (one of Vigor's English texts) in the message's language, where a
                                          translation exists; otherwise `reply` unchanged

The eleventh red team wrote "Sinds het deadliften is mijn zitvlak gevoelloos" and "Ich will nicht mehr leben" and got
English answers: someone in an emergency must read the answer at once. The translations say what the English texts
say (the same referral: emergency care for red flags, a GP or eating-disorder service, a pharmacist or doctor for
medicines, the local crisis line) with the emergency number of the countries the language points to: 112 across the
EU (Germany, Austria, France, Belgium, Italy, Portugal, the Netherlands; Switzerland 144, 112 works), 192 in Brazil.
Only the texts a person may need to act on now are translated; the rest stay English.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from shared.safety.localised_rr13 import MORE
from shared.safety.self_harm_signs import LINES

Lang = Literal["de", "fr", "it", "pt", "nl"]
Key = Literal[
    "cardiac",
    "cauda_equina",
    "headache",
    "clot",
    "self_harm",
    "eating_disorder",
    "eating_disorder_again",
    "medicines",
    "joint_injury",
    "pregnancy",
]

# Common words of each language that English (and each other) do not use; Spanish is read so that a Spanish message
# is not taken for Portuguese or Italian. Two distinct words, and more than any other language's, decide.
_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        """ich mich mir mein meine meinem meinen meiner nicht mehr und ist bin habe hab kann darf soll nach beim seit
        wenn weil jeden täglich dem den das der ein eine einen einem auch aber noch sehr zum zur vom wie was oder
        plötzlich nehmen trainieren wäre doch schmerzen bekam brust wade geworden essen abnehmen beim""".split()
    ),
    "fr": frozenset(
        """je j me moi mon ma mes ne pas plus suis ai avec pour après pendant depuis est et que qui une les des du
        au aux peux puis fais chaque jour quand très mieux veux dois prendre douleur poitrine tête mollet vomir
        maigrir évanoui entraînement séance""".split()
    ),
    "it": frozenset(
        """io mi mio mia miei non sono ho ha il lo gli della dello dopo ogni giorno posso voglio devo faccio che
        più piu anche sempre perché perche con una uno prendere prima allenamento quanto per al alla mentre corsa
        dolore petto svenuto svenuta testa polpaccio gonfio lassativi dimagrire vomitare ancora""".split()
    ),
    "pt": frozenset(
        """eu não nao quero estou sou tenho meu minha meus minhas depois todos dias posso tomar com os às do da
        dos das no na em muito antes fiquei faço faco treino você voce mais uma tive ontem corrida dor peito
        cabeça desmaiei agachamento emagrecer remédio pressão treinar quando""".split()
    ),
    "nl": frozenset(
        """ik mijn niet meer wil het een zijn nog na tijdens elke dag mag kan heb ben en van voor bij sinds kreeg
        geef moet ook maar wel zo heel om te af neem op hardlopen vallen kuit hoofdpijn borst sporten
        flauwgevallen eten""".split()
    ),
    "es": frozenset(
        """yo estoy tengo quiero puedo los las el del por para pero mis muy después cada días también porque dolor
        pecho cabeza día hago así bien""".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SPANISH_WORDS = _WORDS["es"]  # read by `localised_rr12` (hAL), which answers in Spanish too
PORTUGUESE_WORDS = _WORDS["pt"]


def language(text: str) -> Lang | None:
    """The message's language among de/fr/it/pt/nl when two or more of its common words are there and more than of
    any other (Spanish or English words count against it), else None."""
    from shared.safety.language import ENGLISH_WORDS

    words = {w.lower() for w in _WORD.findall(text)}
    scores = {lang: len(words & common) for lang, common in _WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    english = len(words & ENGLISH_WORDS - set().union(*_WORDS.values()))
    if best == "es" or scores[best] < 2 or scores[best] <= english:
        return None
    if sorted(scores.values())[-2] == scores[best]:
        return None  # a tie: not sure which
    return best  # type: ignore[return-value]


_EMERGENCY: dict[Lang, str] = {
    "de": "112",
    "fr": "112",
    "it": "112",
    "pt": "112 (Portugal) ou 192 (Brasil)",
    "nl": "112",
}

TEXTS: dict[Lang, dict[Key, str]] = {
    "de": {
        "cardiac": (
            "Bitte hör jetzt sofort mit dem Training auf. Ruf jetzt den Notruf 112, wenn du Schmerzen, Druck oder "
            "Enge in der Brust hast, die stark sind, länger als ein paar Minuten dauern oder wiederkommen, in Arm, "
            "Kiefer, Hals oder Rücken ausstrahlen oder mit Schweiß, Übelkeit, Atemnot, Ohnmacht oder Herzrasen "
            "kommen; fahr nicht selbst. Wenn du ohnmächtig geworden bist oder es ganz vorbei ist, geh noch heute zu "
            "einer Ärztin oder einem Arzt, bevor du wieder trainierst. Ich bin ein Fitness-Coach, kein Arzt."
        ),
        "cauda_equina": (
            "Bitte geh jetzt sofort in die Notaufnahme (oder ruf 112). Taubheit im Intim- oder Gesäßbereich, Probleme "
            "beim Wasserlassen oder mit der Kontrolle über Blase oder Darm, oder Schmerzen und Schwäche in beiden "
            "Beinen können ein Cauda-equina-Syndrom sein: ein Notfall der Nerven, der innerhalb von Stunden ein MRT "
            "braucht. Nicht trainieren. Ich bin ein Fitness-Coach, kein Arzt."
        ),
        "headache": (
            "Bitte hör mit dem Training auf und hol dir sofort ärztliche Hilfe: ein plötzlicher, sehr starker "
            "Kopfschmerz beim oder nach dem Heben (der schlimmste deines Lebens, wie ein Donnerschlag) muss jetzt in "
            "der Notaufnahme untersucht werden, auch wenn er nachlässt. Bei Erbrechen, Verwirrtheit, steifem Nacken "
            "oder Schwäche ruf den Notruf 112. Trainiere erst wieder, wenn eine Ärztin oder ein Arzt es erlaubt. "
            "Ich bin ein Fitness-Coach, kein Arzt."
        ),
        "clot": (
            "Bitte trainiere nicht damit und lass es noch heute ärztlich untersuchen. Eine geschwollene, warme, rote "
            "oder schmerzende Wade, besonders nach einem langen Flug, einer langen Fahrt oder einer Operation, kann "
            "ein Blutgerinnsel (Thrombose) sein. Wenn du zusätzlich Atemnot oder Brustschmerzen hast, ruf sofort den "
            "Notruf 112. Nicht massieren oder dehnen. Ich bin ein Fitness-Coach, kein Arzt."
        ),
        "self_harm": (
            "Es tut mir wirklich leid, dass es dir so geht, und ich bin froh, dass du es mir sagst. Deine Sicherheit "
            "ist wichtiger als jedes Training. Wenn du diesen Gedanken folgen könntest oder jetzt in Gefahr bist, ruf "
            "den Notruf 112. Du kannst jetzt sofort mit jemandem sprechen, kostenlos und vertraulich (die Nummern "
            "unten; in anderen Ländern nennt findahelpline.com eine Nummer). Wenn du kannst, "
            "erzähl heute einem Menschen, dem du vertraust, wie es dir geht, oder geh zu deiner Ärztin oder deinem "
            "Arzt."
        ),
        "eating_disorder": (
            "Danke, dass du es mir erzählst; das braucht Mut. Erbrechen, Abführ- oder Entwässerungsmittel oder "
            "Hungern nach einem Essanfall schaden Herz, Zähnen und Darm und halten oft einen Kreislauf am Laufen, aus "
            "dem man allein schwer herauskommt. Das ist häufig und gut behandelbar, und du verdienst Unterstützung: "
            "bitte sprich mit deiner Hausärztin oder deinem Hausarzt oder mit einer Beratungsstelle für "
            "Essstörungen. Ich gebe hier keine Kalorien- oder Gewichtsziele vor. Bei Schwindel, Ohnmacht, "
            "Brustschmerzen oder Herzrasen hol dir sofort Hilfe (Notruf 112)."
        ),
        "eating_disorder_again": (
            "Ich halte es einfach und überlasse Mengen, Kalorienziele, Fastenzeiten und Gewichtsziele deinem "
            "Behandlungsteam: mit dem, was du mir erzählt hast, legt das am besten jemand fest, der deine Geschichte "
            "kennt. Regelmäßige Mahlzeiten über den Tag, jeweils mit etwas Eiweiß, Kohlenhydraten und Fett, "
            "unterstützen Training und Erholung am besten. Wenn Essen gerade schwer ist, sprich mit deiner "
            "Hausärztin oder deinem Hausarzt oder einer Beratungsstelle für Essstörungen."
        ),
        "medicines": (
            "Zu Medikamenten kann ich nichts raten: Dosis, tägliche Einnahme oder Absetzen gehören zu deiner Ärztin, "
            "deinem Arzt oder in die Apotheke, die deine Vorgeschichte kennen. Schmerzmittel wie Ibuprofen vor jedem "
            "Training können Magen, Nieren und Herz belasten und Warnzeichen verdecken. Bitte setz ein verordnetes "
            "Medikament nicht ohne deine Ärztin oder deinen Arzt ab. Wenn etwas weh tut, lass die Übung weg, bis es "
            "untersucht ist."
        ),
    },
    "fr": {
        "cardiac": (
            "Arrête l'exercice tout de suite, s'il te plaît. Appelle maintenant le 112 (ou le 15) si tu as une "
            "douleur, une pression ou un serrement dans la poitrine qui est fort, dure plus de quelques minutes ou "
            "revient, s'étend au bras, à la mâchoire, au cou ou au dos, ou vient avec des sueurs, une nausée, un "
            "essoufflement, un malaise ou un cœur qui s'emballe ; ne conduis pas toi-même. Si tu as perdu "
            "connaissance ou si c'est complètement passé, vois un médecin aujourd'hui avant de t'entraîner à "
            "nouveau. Je suis un coach sportif, pas un médecin."
        ),
        "cauda_equina": (
            "Va aux urgences maintenant, s'il te plaît (ou appelle le 112). Un engourdissement de l'entrejambe ou des "
            "fesses, du mal à uriner ou à contrôler ta vessie ou tes intestins, ou une douleur et une faiblesse dans "
            "les deux jambes peuvent être un syndrome de la queue de cheval : une urgence nerveuse qui demande une "
            "IRM dans les heures qui viennent. Ne t'entraîne pas. Je suis un coach sportif, pas un médecin."
        ),
        "headache": (
            "Arrête l'entraînement et demande une aide médicale urgente : un mal de tête soudain et violent pendant "
            "ou après un effort (le pire de ta vie, en coup de tonnerre) doit être examiné aux urgences maintenant, "
            "même s'il diminue. En cas de vomissements, de confusion, de raideur de la nuque ou de faiblesse, appelle "
            "le 112. Ne soulève plus rien avant l'accord d'un médecin. Je suis un coach sportif, pas un médecin."
        ),
        "clot": (
            "Ne t'entraîne pas dessus et consulte un médecin aujourd'hui. Un mollet gonflé, chaud, rouge ou "
            "douloureux, surtout après un long vol, un long trajet ou une opération, peut être un caillot "
            "(thrombose veineuse). Si tu es aussi essoufflé ou as mal à la poitrine, appelle le 112 maintenant. Ne "
            "le masse pas et ne l'étire pas. Je suis un coach sportif, pas un médecin."
        ),
        "self_harm": (
            "Je suis vraiment désolé que tu te sentes comme ça, et je suis content que tu me l'aies dit. Ta sécurité "
            "compte plus que n'importe quel entraînement. Si tu risques de passer à l'acte ou si tu es en danger "
            "maintenant, appelle le 112. Tu peux parler à quelqu'un tout de suite, gratuitement et en toute "
            "confidentialité (les numéros ci-dessous ; ailleurs, findahelpline.com en indique un). Si tu peux, "
            "dis aujourd'hui à une personne de confiance comment tu te sens, ou va voir "
            "ton médecin."
        ),
        "eating_disorder": (
            "Merci de me l'avoir dit ; il faut du courage. Se faire vomir, prendre des laxatifs ou des diurétiques, ou "
            "jeûner après une crise abîme le cœur, les dents et l'intestin, et entretient souvent un cercle difficile "
            "à casser seul. C'est fréquent et ça se soigne, et tu mérites du soutien : parles-en à ton médecin "
            "traitant ou à un centre spécialisé dans les troubles des conduites alimentaires (TCA). Je ne fixerai "
            "pas ici d'objectifs de calories ou de poids. En cas de malaise, de douleur à la poitrine ou de cœur qui "
            "s'emballe, appelle le 112."
        ),
        "eating_disorder_again": (
            "Je vais rester simple et laisser les quantités, les objectifs de calories, les périodes de jeûne et les "
            "objectifs de poids à ton équipe de soins : avec ce que tu m'as dit, c'est à quelqu'un qui connaît ton "
            "histoire de les fixer. Des repas réguliers dans la journée, chacun avec des protéines, des glucides et "
            "des graisses, soutiennent le mieux l'entraînement et la récupération. Si manger est difficile en ce "
            "moment, parles-en à ton médecin ou à un centre spécialisé TCA."
        ),
        "medicines": (
            "Je ne peux pas te conseiller sur les médicaments : la dose, une prise quotidienne ou l'arrêt d'un "
            "traitement relèvent de ton médecin ou de ton pharmacien, qui connaissent tes antécédents. Prendre des "
            "anti-inflammatoires comme l'ibuprofène avant chaque séance peut abîmer l'estomac, les reins et le cœur "
            "et masquer des signes d'alerte. N'arrête pas un traitement prescrit sans ton médecin. Si quelque chose "
            "fait mal, arrête l'exercice en cause jusqu'à ce que ce soit examiné."
        ),
    },
    "it": {
        "cardiac": (
            "Per favore, smetti subito di allenarti. Chiama ora il 112 se hai dolore, pressione o senso di "
            "oppressione al petto forte, che dura più di qualche minuto o ritorna, si irradia al braccio, alla "
            "mandibola, al collo o alla schiena, o arriva con sudore, nausea, fiato corto, svenimento o battito "
            "accelerato o irregolare; non guidare tu. Se sei svenuto o se è passato del tutto, vai oggi da un medico "
            "prima di allenarti di nuovo. Sono un coach di fitness, non un medico."
        ),
        "cauda_equina": (
            "Per favore vai subito al pronto soccorso (o chiama il 112). Intorpidimento della zona genitale o dei "
            "glutei, difficoltà a urinare o a controllare vescica o intestino, o dolore e debolezza in entrambe le "
            "gambe possono essere una sindrome della cauda equina: un'emergenza dei nervi che richiede una risonanza "
            "entro poche ore. Non allenarti. Sono un coach di fitness, non un medico."
        ),
        "headache": (
            "Smetti di allenarti e chiedi subito aiuto medico: un mal di testa improvviso e fortissimo durante o "
            "dopo uno sforzo (il peggiore della tua vita, a rombo di tuono) va controllato subito al pronto "
            "soccorso, anche se sta passando. Con vomito, confusione, rigidità del collo o debolezza chiama il 112. "
            "Non sollevare pesi finché un medico non ti dà il via. Sono un coach di fitness, non un medico."
        ),
        "clot": (
            "Non allenarti e fatti vedere da un medico oggi. Un polpaccio gonfio, caldo, arrossato o dolente, "
            "soprattutto dopo un volo o un viaggio lungo o un intervento, può essere un coagulo (trombosi venosa "
            "profonda). Se hai anche fiato corto o dolore al petto, chiama subito il 112. Non massaggiarlo e non "
            "allungarlo. Sono un coach di fitness, non un medico."
        ),
        "self_harm": (
            "Mi dispiace davvero che tu ti senta così, e sono contento che tu me l'abbia detto. La tua sicurezza "
            "conta più di qualsiasi allenamento. Se potresti agire su questi pensieri o sei in pericolo adesso, "
            "chiama il 112. Puoi parlare con qualcuno subito, gratis e in modo riservato (i numeri qui sotto; altrove, "
            "findahelpline.com ne indica uno). Se puoi, racconta oggi a "
            "una persona di cui ti fidi come ti senti, o vai dal tuo medico."
        ),
        "eating_disorder": (
            "Grazie di avermelo detto; ci vuole coraggio. Vomitare, usare lassativi o diuretici, o digiunare dopo "
            "un'abbuffata danneggia cuore, denti e intestino e spesso mantiene un circolo difficile da spezzare da "
            "soli. È frequente e si cura, e meriti sostegno: parlane con il tuo medico di base o con un centro per i "
            "disturbi alimentari (DCA). Qui non fisserò obiettivi di calorie o di peso. Se ti senti svenire, hai "
            "dolore al petto o il cuore accelerato, chiama il 112."
        ),
        "eating_disorder_again": (
            "Resto sul semplice e lascio quantità, obiettivi di calorie, finestre di digiuno e obiettivi di peso al "
            "tuo team di cura: con quello che mi hai detto, è meglio che li fissi chi conosce la tua storia. Pasti "
            "regolari durante la giornata, ognuno con proteine, carboidrati e grassi, sostengono al meglio "
            "allenamento e recupero. Se mangiare è difficile adesso, parlane con il tuo medico o con un centro DCA."
        ),
        "medicines": (
            "Non posso darti consigli sui farmaci: dose, assunzione quotidiana o sospensione spettano al tuo medico o "
            "al farmacista, che conoscono la tua storia. Prendere antinfiammatori come l'ibuprofene prima di ogni "
            "allenamento può danneggiare stomaco, reni e cuore e nascondere segnali di allarme. Non sospendere un "
            "farmaco prescritto senza il tuo medico. Se qualcosa fa male, evita l'esercizio che lo provoca finché "
            "non è stato controllato."
        ),
    },
    "pt": {
        "cardiac": (
            "Por favor, pare de treinar agora. Ligue já para o 112 (Portugal) ou 192 (Brasil) se tiver dor, pressão "
            "ou aperto no peito forte, que dure mais de alguns minutos ou volte, que se espalhe para o braço, o "
            "maxilar, o pescoço ou as costas, ou que venha com suor, náusea, falta de ar, desmaio ou coração "
            "acelerado ou irregular; não conduza você mesmo. Se desmaiou ou se já passou por completo, vá hoje a um "
            "médico antes de voltar a treinar. Sou um treinador de fitness, não um médico."
        ),
        "cauda_equina": (
            "Por favor, vá agora a uma urgência (ou ligue 112 em Portugal, 192 no Brasil). Dormência na região "
            "íntima ou nas nádegas, dificuldade em urinar ou em controlar a bexiga ou o intestino, ou dor e fraqueza "
            "nas duas pernas podem ser síndrome da cauda equina: uma emergência dos nervos que precisa de uma "
            "ressonância em poucas horas. Não treine. Sou um treinador de fitness, não um médico."
        ),
        "headache": (
            "Pare de treinar e procure ajuda médica urgente: uma dor de cabeça súbita e muito forte durante ou depois "
            "de um esforço (a pior da sua vida, como um trovão) tem de ser vista numa urgência agora, mesmo que "
            "esteja a passar. Com vómitos, confusão, pescoço rígido ou fraqueza, ligue 112 (Portugal) ou 192 "
            "(Brasil). Não levante pesos até um médico autorizar. Sou um treinador de fitness, não um médico."
        ),
        "clot": (
            "Não treine com isso e procure um médico hoje. Uma panturrilha (barriga da perna) inchada, quente, "
            "vermelha ou dolorida, sobretudo depois de um voo ou viagem longa ou de uma cirurgia, pode ser um "
            "coágulo (trombose venosa). Se também tiver falta de ar ou dor no peito, ligue já 112 (Portugal) ou 192 "
            "(Brasil). Não massageie nem alongue. Sou um treinador de fitness, não um médico."
        ),
        "self_harm": (
            "Sinto muito que esteja a sentir-se assim, e fico contente por me ter contado. A sua segurança importa "
            "mais do que qualquer treino. Se puder agir sobre esses pensamentos ou estiver em perigo agora, ligue "
            "112 (Portugal) ou 192 (Brasil). Pode falar com alguém agora, de graça e em confidencialidade (os números "
            "abaixo; noutros países, findahelpline.com indica um). Se "
            "puder, conte hoje a alguém de confiança como se sente, ou vá ao seu médico."
        ),
        "eating_disorder": (
            "Obrigado por me contar; isso exige coragem. Vomitar, usar laxantes ou diuréticos, ou jejuar depois de "
            "uma compulsão prejudica o coração, os dentes e o intestino, e muitas vezes mantém um ciclo difícil de "
            "quebrar sozinho. É comum e tem tratamento, e você merece apoio: fale com o seu médico de família ou com "
            "um serviço especializado em perturbações (transtornos) alimentares. Não vou definir metas de calorias "
            "ou de peso aqui. Se sentir desmaio, dor no peito ou coração acelerado, ligue 112 (Portugal) ou 192 "
            "(Brasil)."
        ),
        "eating_disorder_again": (
            "Vou manter isto simples e deixar quantidades, metas de calorias, janelas de jejum e metas de peso para a "
            "sua equipa de saúde: com o que me contou, é melhor que as defina alguém que conhece a sua história. "
            "Refeições regulares ao longo do dia, cada uma com proteína, hidratos de carbono e gordura, apoiam melhor "
            "o treino e a recuperação. Se comer está difícil agora, fale com o seu médico ou com um serviço "
            "especializado em perturbações alimentares."
        ),
        "medicines": (
            "Não posso aconselhar sobre medicamentos: a dose, tomar todos os dias ou parar um remédio é com o seu "
            "médico ou farmacêutico, que conhecem o seu historial. Tomar anti-inflamatórios como o ibuprofeno antes "
            "de cada treino pode prejudicar o estômago, os rins e o coração e esconder sinais de alerta. Não pare um "
            "medicamento receitado sem o seu médico. Se algo doer, pare o exercício que o provoca até ser avaliado."
        ),
    },
    "nl": {
        "cardiac": (
            "Stop nu meteen met sporten. Bel nu 112 als je pijn, druk of een beklemmend gevoel op je borst hebt dat "
            "hevig is, langer dan een paar minuten duurt of terugkomt, uitstraalt naar je arm, kaak, nek of rug, of "
            "samengaat met zweten, misselijkheid, kortademigheid, flauwvallen of een snelle of onregelmatige "
            "hartslag; rijd niet zelf. Ben je flauwgevallen of is het helemaal over, ga dan vandaag naar een arts "
            "voordat je weer traint. Ik ben een fitnesscoach, geen arts."
        ),
        "cauda_equina": (
            "Ga nu naar de spoedeisende hulp (of bel 112). Een doof gevoel rond je kruis, zitvlak of billen, moeite "
            "met plassen of met het ophouden van je blaas of ontlasting, of pijn en zwakte in beide benen kunnen een "
            "caudasyndroom zijn: een zenuwnoodgeval waarvoor binnen enkele uren een MRI nodig is. Niet trainen. "
            "Ik ben een fitnesscoach, geen arts."
        ),
        "headache": (
            "Stop met trainen en zoek meteen medische hulp: een plotselinge, heel hevige hoofdpijn tijdens of na "
            "een inspanning (de ergste van je leven, als een donderslag) moet nu op de spoedeisende hulp worden "
            "nagekeken, ook als hij minder wordt. Bij braken, verwardheid, een stijve nek of zwakte: bel 112. Til "
            "niets zwaars tot een arts het goedvindt. Ik ben een fitnesscoach, geen arts."
        ),
        "clot": (
            "Train er niet op en laat het vandaag nog door een arts bekijken. Een dikke, warme, rode of pijnlijke "
            "kuit, vooral na een lange vlucht, een lange autorit of een operatie, kan een bloedstolsel (trombose) "
            "zijn. Ben je ook kortademig of heb je pijn op de borst, bel dan nu 112. Niet masseren of rekken. Ik ben "
            "een fitnesscoach, geen arts."
        ),
        "self_harm": (
            "Het spijt me echt dat je je zo voelt, en ik ben blij dat je het me vertelt. Jouw veiligheid is "
            "belangrijker dan welke training ook. Als je iets met deze gedachten zou kunnen doen of nu in gevaar "
            "bent, bel 112. Je kunt nu meteen met iemand praten, gratis en anoniem (de nummers hieronder; elders noemt "
            "findahelpline.com een nummer). Vertel als het kan vandaag "
            "iemand die je vertrouwt hoe je je voelt, of ga naar je huisarts."
        ),
        "eating_disorder": (
            "Dank je dat je het me vertelt; dat vraagt moed. Overgeven, laxeermiddelen of plaspillen, of vasten na "
            "een eetbui beschadigen je hart, tanden en darmen en houden vaak een cirkel in stand die je alleen "
            "moeilijk doorbreekt. Het komt veel voor en is goed te behandelen, en je verdient steun: praat met je "
            "huisarts of met een behandelaar voor eetstoornissen. Ik geef hier geen calorie- of gewichtsdoelen. Voel "
            "je je flauw, heb je pijn op de borst of een jagend hart, bel dan 112."
        ),
        "eating_disorder_again": (
            "Ik houd het eenvoudig en laat hoeveelheden, caloriedoelen, vastenperiodes en gewichtsdoelen aan je "
            "behandelteam: met wat je me verteld hebt, kan iemand die je geschiedenis kent die het beste bepalen. "
            "Regelmatige maaltijden verspreid over de dag, elk met wat eiwit, koolhydraten en vet, ondersteunen "
            "training en herstel het beste. Is eten nu moeilijk, praat dan met je huisarts of een behandelaar voor "
            "eetstoornissen."
        ),
        "medicines": (
            "Ik kan je geen advies geven over medicijnen: de dosis, dagelijks gebruik of stoppen hoort bij je arts of "
            "apotheker, die je voorgeschiedenis kennen. Pijnstillers zoals ibuprofen voor elke training kunnen je "
            "maag, nieren en hart belasten en waarschuwingssignalen verbergen. Stop niet met een voorgeschreven "
            "medicijn zonder je arts. Doet iets pijn, laat die oefening dan weg tot het is nagekeken."
        ),
    },
}
for _lang, _texts in MORE.items():  # rr13 (hAO): an acutely injured knee, training in pregnancy
    TEXTS[_lang].update(_texts)  # type: ignore[index, arg-type]


@lru_cache(maxsize=1)
def _english() -> dict[str, Key]:
    """Vigor's English texts these translate, by text (read when first needed: replies imports this module)."""
    from shared.safety import replies

    return {
        replies.URGENT["cardiac"]: "cardiac",
        replies.URGENT["cauda_equina"]: "cauda_equina",
        replies.URGENT["headache"]: "headache",
        replies.URGENT["clot"]: "clot",
        replies.REPLIES["self_harm"]: "self_harm",
        replies.REPLIES["eating_disorder"]: "eating_disorder",
        replies.EATING_DISORDER_AGAIN: "eating_disorder_again",
        replies.REPLIES["diagnosis"]: "medicines",
        replies.URGENT["joint_injury"]: "joint_injury",
        replies.REPLIES["pregnancy"]: "pregnancy",
    }


def text(lang: Lang, key: Key) -> str:
    """The translated text; the crisis answer ends with the crisis lines of the language's countries
    (`self_harm_signs.LINES`: TelefonSeelsorge, 113, 3114, Telefono Amico, CVV / SOS Voz Amiga)."""
    return TEXTS[lang][key] + ("\n\n" + LINES[lang] if key == "self_harm" else "")


def localise(reply: str, message: str) -> str:
    """`reply` in the message's language when it is one of the translated texts (a crisis answer's appended local
    line included); any other reply, or a message in English or no clear language, as it is."""
    lang = language(message) if message else None
    key = _english().get(reply.split("\n\n", 1)[0]) if lang is not None else None
    if lang is None or key is None:
        from shared.safety import localised_rr12

        return localised_rr12.localise(reply, message)  # the DNP, joint, minors' cut and binge answers (hAL)
    return text(lang, key)


def english(reply: str) -> str:
    """The English text a translated reply says (its crisis lines kept after it), or `reply` itself: what a check
    written for the English wording reads."""
    base, gap, rest = reply.partition("\n\n")
    for texts in TEXTS.values():
        for key, translated in texts.items():
            if translated == base:
                return next(text for text, found in _english().items() if found == key) + gap + rest
    return reply


def versions(reply: str) -> tuple[str, ...]:
    """`reply` (one of the translated English texts) and its translations."""
    key = _english().get(reply)
    return (reply,) if key is None else (reply, *(texts[key] for texts in TEXTS.values()))
