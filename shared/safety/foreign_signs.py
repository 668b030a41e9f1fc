"""Eating-disorder talk, medicine questions and red flags said in German, French, Italian, Portuguese or Dutch, and
English wordings the older lists missed (issue 15, rr11 K8-K10, hAB).

    eating_disorder(text) -> bool   purging, laxatives or water pills to lose weight, fasting to make up for a binge
    medicines(text) -> bool         a dose, a painkiller every training day, stopping a prescribed medicine
    red_flag(text) -> Urgent | None  saddle numbness or lost bladder control, a thunderclap headache, a swollen calf
                                     after a flight, fainting

The eleventh red team's offline coach answered "ik geef over na het eten", "je prends des laxatifs pour perdre du
poids", "Kann ich jeden Tag Ibuprofen vor dem Training nehmen?" and "Sinds het deadliften is mijn zitvlak gevoelloos"
with a training answer: the input gate read those kinds in English (and a few in Spanish) only. Sources: NICE NG69
(purging, laxative or diuretic misuse and compensating after a binge are eating-disorder signs to refer); NICE CKS
NSAIDs (regular use needs a pharmacist's or doctor's advice) and stopping a prescribed medicine is the prescriber's
decision; NICE NG59 / GIRFT 2023 (cauda equina: saddle anaesthesia, new bladder or bowel dysfunction), NICE CG150 /
NG232 (thunderclap headache), NICE NG158 (DVT after a long journey), ESC 2018 syncope (exertional syncope).
Every pattern needs the kind's own words together (a medicine with a dose or taking it, a calf that is swollen with a
flight), so "Kann ich Kreatin jeden Tag nehmen?", "mal de tête après une nuit courte" or "kuit stijf na het
hardlopen" stay training talk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shared.safety.inputs import Urgent  # inputs reads this module: the type only

_I = re.IGNORECASE

# --- eating disorders -------------------------------------------------------------------------------------------

_VOMIT = (
    r"(erbreche|erbrechen|übergebe\s+mich|uebergebe\s+mich|kotze|breche|"  # de
    r"vomis|vomir|vomi|"  # fr
    r"vomito|vomitare|rigetto|"  # it (also pt "vomito")
    r"vomitar|vomitei|"  # pt
    r"geef\s+(ik\s+)?over|overgeven|braak\s+(ik\s+)?(alles\s+)?uit|kots|"  # nl
    r"spuug|spuugde|spugen|gespuugd|kotsen|kotste|kotzen|vomisse|v(ó|o)mito|me\s+provoco\s+el\s+v(ó|o)mito|"  # hBN
    r"chuck\s+(it\s+|my\s+food\s+|everything\s+)?up|puke|puking|barf\w*|hurl\s+it\s+up|bring\s+it\s+(back\s+)?up)"
)
_AFTER_EATING = (
    r"(nach\s+dem\s+essen|nach\s+(jeder|jedem|den)\s+(mahlzeit|mahlzeiten|essen)|nach\s+dem\s+(abendessen|frühstück)|"
    r"après\s+(les\s+|le\s+|chaque\s+)?(repas|manger|dîner|diner)|après\s+avoir\s+mangé|"
    r"dopo\s+(i\s+|il\s+|ogni\s+)?(pasti|pasto|mangiato|cena|pranzo)|dopo\s+aver\s+mangiato|"
    r"depois\s+de\s+(comer|almoçar|jantar)|depois\s+das?\s+refeiç(ão|ões)|após\s+(as\s+)?refeiç(ão|ões)|"
    r"na\s+(het\s+)?(eten|maaltijd|maaltijden|avondeten)|"
    r"after\s+(eating|meals?|dinner|lunch|breakfast|i\s+eat|big\s+meals?)|my\s+food)"
)
_PURGE = re.compile(
    rf"\b{_VOMIT}\b[^.?!]{{0,40}}\b{_AFTER_EATING}"
    rf"|\b{_AFTER_EATING}[^.?!]{{0,40}}\b{_VOMIT}\b",
    _I,
)
_PURGE_AIM = re.compile(  # vomiting with a weight aim, without the meal ("damit ich nicht zunehme")
    rf"\b{_VOMIT}\b[^.?!]{{0,60}}\b(nicht\s+zu(zu)?nehmen|zunehme|abnehmen|pour\s+(ne\s+pas\s+grossir|maigrir)|"
    r"per\s+(non\s+ingrassare|dimagrire)|para\s+(não|nao)\s+engordar|para\s+emagrecer|"
    r"(om|zodat\s+ik)\s+(niet\s+aan\s+te\s+komen|niet\s+aankom|af\s+te\s+vallen)|so\s+i\s+(stay|don'?t\s+gain|stay\s+lean)"
    # rr16 (hBN): Spanish aims, and the other languages' "to lose weight" ("para no engordar", "pour perdre du poids")
    r"|para\s+(no\s+engordar|adelgazar|bajar\s+de\s+peso|perder\s+peso)|pour\s+perdre\s+(du\s+)?poids"
    r"|per\s+perdere\s+peso|para\s+perder\s+peso|um\s+(abzunehmen|nicht\s+zuzunehmen)|om\s+gewicht\s+te\s+verliezen)",
    _I,
)
_LAXATIVES = (
    r"(abführmittel\w*|abfuehrmittel\w*|entwässerungstabletten|entwaesserungstabletten|diuretika|"
    r"laxatifs?|diurétiques?|diuretiques?|"
    r"lassativ[oi]|diuretic[oi]|"
    r"laxantes?|diuréticos?|diureticos?|"
    r"laxeermiddel(en)?|laxeer\w*|plaspillen|diuretica|"
    r"laxatives?|dulcolax|senna)"  # English water pills stay the crash-diet answer (cutting water)
)
_TO_LOSE = (
    r"(abzunehmen|abnehmen|gewicht\s+(zu\s+)?verlieren|schlank|"
    r"maigrir|perdre\s+(du\s+)?poids|mincir|"
    r"dimagrire|perdere\s+peso|"
    r"emagrecer|perder\s+peso|secar|"
    r"af\s+te\s+vallen|afvallen|gewicht\s+(te\s+)?verliezen|"
    r"lose\s+weight|drop\s+(weight|pounds|kilos|\d+)|get\s+lean|stay\s+(lean|flat|thin)|lean\s+out|look\s+(thin|lean))"
)
_LAXATIVE_LOSS = re.compile(
    rf"\b{_LAXATIVES}\b[^.?!]{{0,50}}\b{_TO_LOSE}|\b{_TO_LOSE}\b[^.?!]{{0,50}}\b{_LAXATIVES}\b", _I
)
_BINGE = (
    r"(fressanfall\w*|essanfall\w*|fressattacke\w*|heißhungerattacke\w*|heisshungerattacke\w*|"
    r"crise\s+de\s+boulimie|crises\s+de\s+boulimie|crise\s+d'?hyperphagie|je\s+me\s+goinfre|"
    r"abbuffat[ae]|abbuffo|"
    r"compuls(ão|ao)\s+alimentar|comilança|exagero\s+na\s+comida|"
    r"eetbui(en)?|vreetbui(en)?|"
    r"binge|binging|bingeing|pig\s+out|pigged\s+out|overeat\w*)"
)
_COMPENSATE = (
    r"(faste\s+ich|fasten|hungere|hungern|esse\s+ich\s+(\w+\s+){0,2}nichts|nichts\s+(mehr\s+)?essen|"
    r"je\s+jeûne|jeûner|jeune|je\s+ne\s+mange\s+(plus\s+)?rien|ne\s+rien\s+manger|compenser|"
    r"digiun\w*|non\s+mangio|salto\s+i\s+pasti|compensare|"
    r"jejum|jejuar|jejuo|fico\s+sem\s+comer|n(ã|a)o\s+como|compensar|"
    r"vasten|vast\s+ik|eet\s+ik\s+(\w+\s+){0,2}niets|niet\s+(meer\s+)?eten|compenseren|"
    r"don'?t\s+eat\s+for|not\s+eat\s+for|starve|fast\s+for|fast\s+the\s+next|cancel\s+it\s+out|make\s+up\s+for\s+it)"
)
_BINGE_COMPENSATE = re.compile(
    rf"\b{_BINGE}\b[^?!]{{0,80}}\b{_COMPENSATE}\b|\b{_COMPENSATE}\b[^?!]{{0,80}}\b{_BINGE}\b", _I
)
_SAID_ED = re.compile(  # an eating disorder named as one's own
    r"\b(ich\s+habe|hab|ich\s+bin|leide\s+an|j'?ai|je\s+suis|je\s+souffre\s+d[e']|ho|sono|soffro\s+di|tenho|sou|"
    r"sofro\s+de|ik\s+heb|ik\s+ben|i\s+have|i'?m|i\s+am|diagnosed\s+with)\s+(eine\s+|la\s+|une\s+|un[ao]?\s+|"
    r"de\s+|a\s+)?(bulimi\w*|boulimi\w*|anorexi\w*|anoressi\w*|magersucht|ess-?störung\w*|essstörung\w*|"
    r"eetstoornis|binge[- ]eating)",  # not "ED": a name ("I'm Ed") or erectile dysfunction
    _I,
)


# Each combination is tried only when its key word is in the text: one alternation is cheap on a 4,000-character
# message, the combinations are not (the input gate's budget, benchmarks/bench_safety_length.py).
_ED_RULES = (
    (re.compile(rf"\b{_VOMIT}\b", _I), (_PURGE, _PURGE_AIM)),
    (re.compile(rf"\b{_LAXATIVES}\b", _I), (_LAXATIVE_LOSS,)),
    (re.compile(rf"\b{_BINGE}\b", _I), (_BINGE_COMPENSATE,)),
    (
        re.compile(r"\b(bulimi|boulimi|anorexi|anoressi|magersucht|ess-?st|essst|eetstoornis|binge)", _I),
        (_SAID_ED,),
    ),
)


def eating_disorder(text: str) -> bool:
    """Purging after meals or to keep weight off, laxatives or water pills to lose weight, fasting or starving to make
    up for a binge, or an eating disorder named as one's own (DE/FR/IT/PT/NL and English slang)."""
    return any(key.search(text) and any(p.search(text) for p in rules) for key, rules in _ED_RULES)


# --- medicines ----------------------------------------------------------------------------------------------------

_MEDICINE = (
    r"(ibuprofen\w*|ibuprofène|ibuprofene|ibuprofeno|paracetamol\w*|paracétamol|aspirin[ae]?|aspirine|diclofenac\w*|"
    r"voltaren|naproxen\w*|naprossene|naproxeno|novalgin|metamizol|tramadol|codein\w*|codéine|codeína|"
    r"schmerzmittel\w*|schmerztabletten|antidouleurs?|anti-?inflammatoires?|antidolorific[io]|antinfiammator[io]|"
    r"analg(é|e)sicos?|anti-?inflamat(ó|o)rios?|pijnstiller\w*|ontstekingsremmer\w*|"
    r"medikament\w*|tabletten|blutdrucktabletten|blutdruckmittel|betablocker|"
    r"médicaments?|medicaments?|traitement|comprimés?|cachets?|"
    r"farmac[oi]|medicin[ae]|pastiglie|pillole|compresse|"
    r"rem(é|e)dios?|medicamentos?|medicaç(ão|ao)|comprimidos?|"
    r"medicijn\w*|medicatie|pillen|tabletten|bloeddrukmedicatie|"
    r"statin\w*|metformin\w*|levothyrox\w*|antidepress\w*|ssri)"
)
_TAKE = (
    r"(nehmen|einnehmen|schlucken|prendre|prends|prendo|prendere|tomar|tomo|nemen|innemen|slikken|neem|"
    r"take|taking|pop|popping)"
)
_EVERY_SESSION = (
    r"(jeden\s+tag|täglich|vor\s+(jedem|dem)\s+training|chaque\s+(jour|entraînement|entrainement|séance)|tous\s+les\s+jours|"
    r"avant\s+(chaque\s+|l'?)?(entraînement|entrainement|séance)|ogni\s+(giorno|allenamento)|tutti\s+i\s+giorni|"
    r"prima\s+(di\s+ogni|dell'?)\s*allenamento|todos\s+os\s+dias|antes\s+do\s+treino|antes\s+de\s+(cada\s+)?treino|"
    r"elke\s+dag|dagelijks|voor\s+(het\s+|elke\s+)?(sporten|training|trainen))"
)
_DOSE = (
    r"(dosis|dosierung|wie\s+viel|wieviel|wie\s+viele|dose|posologie|combien|dosi|dosaggio|quant[aeio]|dosagem|"
    r"quantos|quantas|hoeveel|mg|milligramm)"
)
_STOP = (
    r"(absetzen|weglassen|aufhören|aufhoeren|nicht\s+mehr\s+nehmen|"
    r"arrêter|arreter|arrête|stopper|ne\s+plus\s+prendre|"
    r"smettere|sospendere|interrompere|smetto|non\s+prendere\s+più|"
    r"parar\s+de\s+tomar|deixar\s+de\s+tomar|parar\s+(o|a|os|as)|suspender|"
    r"stoppen\s+met|ophouden\s+met|niet\s+meer\s+(in)?nemen|afbouwen)"
)
_MEDICINE_ASKED = re.compile(
    rf"\b{_MEDICINE}\b[^.?!]{{0,60}}\b({_TAKE}|{_EVERY_SESSION})\b"
    rf"|\b({_TAKE}|{_DOSE})\b[^.?!]{{0,60}}\b{_MEDICINE}\b"
    rf"|\b{_STOP}\b[^.?!]{{0,60}}\b{_MEDICINE}\b|\b{_MEDICINE}\b[^.?!]{{0,60}}\b{_STOP}\b",
    _I,
)
_MEDICINE_WORD = re.compile(rf"\b{_MEDICINE}\b", _I)
# A supplement or food with the same verbs is no medicine: "Kreatin jeden Tag nehmen", "prendre un café".
_SUPPLEMENT = re.compile(
    r"\b(kreatin|créatine|creatina|creatine|protein\w*|whey|koffein|caféine|caffeina|cafeína)\b", _I
)


_AS_PRESCRIBED = re.compile(r"\b(my|the)\s+(doctor|gp|physician)\s+prescribed\b", _I)


def medicines(text: str) -> bool:
    """A medicine's dose, a painkiller every day or before every session, or stopping a prescribed medicine, asked in
    German, French, Italian, Portuguese or Dutch (English is read by `inputs.medicines_question`)."""
    found = _MEDICINE_WORD.search(text) and _MEDICINE_ASKED.search(text)
    if found and _AS_PRESCRIBED.search(text) and not re.search(rf"\b{_STOP}\b", text, _I):
        return False  # hBL: "take ibuprofen my doctor prescribed" (English, in BENIGN) is taking it as prescribed
    return found is not None and not (_SUPPLEMENT.search(text) and not re.search(_MEDICINE, text, _I))


# --- red flags ----------------------------------------------------------------------------------------------------

_NUMB = (
    r"(taub|gefühllos|gefuehllos|taubheit\w*|kribbel\w*|"
    r"engourdi\w*|insensible|fourmill\w*|"
    r"intorpidit[oa]|insensibil\w*|formicol\w*|addormentat[oa]|"
    r"dormente|dormência|dormencia|formigamento|"
    r"gevoelloos|doof|tintel\w*|"
    r"numb\w*|no\s+feeling|can'?t\s+feel)"
)
_SADDLE = (
    r"(intimbereich|genitalbereich|gesäß|gesaess|damm|reithose\w*|"  # not "po" (it. "un po'"), "Schritt" (a step)
    r"entrejambe|périnée|perinee|parties\s+(génitales|intimes)|fesses|"
    r"zona\s+(genitale|intima)|inguine|glutei|perineo|"
    r"região\s+(íntima|genital)|regiao\s+(intima|genital)|virilha|nádegas|nadegas|períneo|perineo|"
    r"zitvlak|kruis|schaamstreek|billen|genitali(ën|en)|"
    r"saddle|groin|taint|bum|butt\s+cheeks|between\s+my\s+legs|private\s+parts|genitals)"
)
_SADDLE_NUMB = re.compile(
    rf"\b{_SADDLE}\b[^.?!]{{0,40}}\b{_NUMB}\b|\b{_NUMB}\b[^.?!]{{0,40}}\b{_SADDLE}\b"
    r"|\breithosenan(ä|ae)sthesie|\banesth(é|e)sie\s+en\s+selle|\banestesia\s+(a|em)\s+sella?|\brijbroekanesthesie",
    _I,
)
_BLADDER_LOST = re.compile(
    r"\bblase\b[^.?!]{0,40}\b(nicht\s+(mehr\s+)?(kontrollieren|halten)|kontrolle\s+verloren)"
    r"|\b(kann|konnte)\s+nicht\s+(mehr\s+)?(pinkeln|wasser\s+lassen|urinieren)"
    r"|\b(ne\s+)?(contrôle|controle)\s+plus\s+(ma\s+)?vessie|\bperdu\s+le\s+contr(ô|o)le\s+de\s+(ma\s+)?vessie"
    r"|\bn'?arrive\s+plus\s+(à|a)\s+uriner"
    r"|\b(non\s+)?controllo\s+pi(ù|u)\s+(la\s+)?vescica|\bnon\s+riesco\s+(pi(ù|u)\s+)?a\s+(urinare|trattenere)"
    r"|\b(n(ã|a)o\s+)?(controlo|consigo\s+controlar)\s+(mais\s+)?a\s+bexiga|\bn(ã|a)o\s+consigo\s+(urinar|segurar\s+o\s+xixi)"
    r"|\bblaas\b[^.?!]{0,30}\b(niet\s+(meer\s+)?(ophouden|controleren)|controle\s+kwijt)"
    r"|\bkan\s+niet\s+(meer\s+)?plassen\b",
    _I,
)
_BACK_OR_LIFT = re.compile(
    r"\b(rücken\w*|ruecken\w*|kreuzheben|kniebeuge\w*|dos|lombaires?|soulevé|squat\w*|schiena|stacco|lombare|"
    r"costas|lombar|levantamento|agachamento|rug|onderrug|deadlift\w*|beine|jambes|gambe|pernas|benen|back|legs?)\b",
    _I,
)
_SUDDEN = (
    r"(plötzlich\w*|ploetzlich\w*|schlagartig\w*|soudain\w*|brutal\w*|d'?un\s+coup|improvvis[oa]|all'?improvviso|"
    r"di\s+colpo|súbita|subita|repentina|de\s+repente|plotseling\w*|ineens|opeens|sudden\w*|out\s+of\s+nowhere)"
)
_SEVERE = (
    r"(heftig\w*|extrem\w*|stärkst\w*|staerkst\w*|schlimmst\w*|unerträglich\w*|violent\w*|atroce|terrible|"
    r"fortissim[oa]|terribile|lancinante|muito\s+forte|fort[ií]ssima|insuportável|enorme|hevig\w*|ergste|"
    r"exploded|exploding|splitting|blinding|worst)"
)
_HEADACHE = (
    r"(kopfschmerz\w*|kopfweh|mal\s+(de|à|a)\s+(la\s+)?tête|maux\s+de\s+t(ê|e)te|céphalée|mal\s+di\s+testa|cefalea|"
    r"dor\s+de\s+cabeça|dor\s+de\s+cabeca|hoofdpijn|head\s+(exploded|exploding|felt\s+like\s+it\s+exploded)|"
    r"headache|head\s+pain|pain\s+in\s+my\s+head)"
)
_THUNDERCLAP = re.compile(
    rf"\b{_SUDDEN}\b[^.?!]{{0,40}}\b{_HEADACHE}|\b{_HEADACHE}[^.?!]{{0,40}}\b{_SUDDEN}\b"
    rf"|\b{_SEVERE}\b[^.?!]{{0,30}}\b{_HEADACHE}[^.?!]{{0,60}}\b(beim|pendant|durante|tijdens|während|bei|mid|during)\b"
    rf"|\b{_HEADACHE}[^.?!]{{0,60}}\b(wie\s+ein\s+donnerschlag|en\s+coup\s+de\s+tonnerre|a\s+rombo\s+di\s+tuono|"
    r"em\s+trovoada|meines\s+lebens|de\s+ma\s+vie|della\s+mia\s+vita|da\s+minha\s+vida|van\s+mijn\s+leven)"
    r"|\bdonnerschlagkopfschmerz|\bvernichtungskopfschmerz|\bdonderslaghoofdpijn"
    r"|\bhead\s+(exploded|felt\s+like\s+it\s+(exploded|split))\b",
    _I,
)
_CALF = (
    r"(wade|unterschenkel|bein|mollet|jambe|polpaccio|gamba|panturrilha|batata\s+da\s+perna|perna|kuit|been|"
    r"calf|leg|shin)"
)
_SWOLLEN = (
    r"(geschwollen|dick|angeschwollen|gonfl(é|e)e?|enfl(é|e)e?|gonfi[oa]|inchad[oa]|gezwollen|opgezwollen|dik|"
    r"swollen|puffed\s+up|puffy|ballooned|swelled)"
)
_JOURNEY = (
    r"(flug|fliegen|langstreckenflug|autofahrt|busfahrt|operation|vol\b|avion|long-courrier|trajet|opération|"
    r"volo|aereo|viaggio|intervento|voo|avião|aviao|viagem|cirurgia|vlucht|vliegen|autorit|operatie|"
    r"flight|flying|flew|long\s+drive|road\s+trip|surgery)"
)
_CLOT = re.compile(
    rf"\b{_CALF}\b[^.?!]{{0,40}}\b{_SWOLLEN}\b[^?!]{{0,80}}\b{_JOURNEY}\b"
    rf"|\b{_JOURNEY}\b[^?!]{{0,80}}\b{_CALF}\b[^.?!]{{0,40}}\b{_SWOLLEN}\b"
    rf"|\b{_SWOLLEN}\b[^.?!]{{0,30}}\b{_CALF}\b[^?!]{{0,80}}\b{_JOURNEY}\b",
    _I,
)
_FAINTED = re.compile(
    r"\bflauw\s*gevallen|\bbewusteloos|\bvan\s+mijn\s+stokje\s+gegaan|\bbuiten\s+bewustzijn"
    r"|\bj'?ai\s+fait\s+un\s+malaise|\btomb(é|e)e?\s+dans\s+les\s+pommes"
    r"|\bho\s+avuto\s+un\s+mancamento|\bsono\s+crollat[oa]\b"
    r"|\bapaguei\b|\bperdi\s+a\s+consci(ê|e)ncia"
    r"|\bkreislaufkollaps|\bzusammengebrochen|\bweggekippt|\bschwarz\s+vor\s+augen\b[^.?!]{0,40}\b(umgefallen|gestürzt)",
    _I,
)


_NUMB_WORD = re.compile(rf"\b{_NUMB}|an(ä|ae|e|é)sth(é|e)si|rijbroek", _I)
_HEAD_WORD = re.compile(rf"\b{_HEADACHE}|kopfschmerz|hoofdpijn", _I)
_JOURNEY_WORD = re.compile(rf"\b{_JOURNEY}\b", _I)


@lru_cache(maxsize=256)
def red_flag(text: str) -> Urgent | None:
    """The emergency a message in German, French, Italian, Portuguese, Dutch or English slang tells, or None:
    saddle numbness, or bladder control lost with back pain or a lift ("cauda_equina"); a sudden or worst-ever
    headache ("headache"); a calf or leg swollen after a flight, drive or surgery ("clot"); fainting ("cardiac")."""
    if (_NUMB_WORD.search(text) and _SADDLE_NUMB.search(text)) or (
        _BLADDER_LOST.search(text) and _BACK_OR_LIFT.search(text)
    ):
        return "cauda_equina"
    if _HEAD_WORD.search(text) and _THUNDERCLAP.search(text):
        return "headache"
    if _JOURNEY_WORD.search(text) and _CLOT.search(text):
        return "clot"
    if _FAINTED.search(text):
        return "cardiac"
    return None


def shows(kind: Urgent) -> Callable[[str], bool]:
    """A red-flag table row's test for `kind` (`urgent.RED_FLAGS`)."""
    return lambda text: red_flag(text) == kind
