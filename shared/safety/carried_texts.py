"""Vigor's answers for risks carried over turns or over sessions, in the user's language (issue 15, rr15, hBA).

    in_language(table, english, text, **values) -> str   `english` in the language of `text`
                                        (`localised.language_of`) from `table`, else `english`; `values` fill it

The texts: `built_up.LOW_INTAKE_TRAINING` (RED-S: training on a told intake under 1,200 kcal; rr15: PT "Como só 600
calorias agora." then "Posso treinar duas vezes por dia assim?" got an English-only notice) and
`daily_warning.MESSAGE` (the daily message after a warning-sign note: rr15, DE/ES notes got it in English). The
translations say what the English texts say; emergency numbers as `translations` (112 in the EU, 192 in Brazil,
112/911 for Spanish).
"""

from __future__ import annotations

from shared.safety import localised

LOW_INTAKE = {
    "de": (
        "Nein: etwa {kcal} kcal am Tag sind viel zu wenig, um damit zu trainieren, und ein- oder zweimal am Tag damit "
        "zu trainieren ist nicht sicher. Hartes Training mit so wenig Energie (RED-S, niedrige Energieverfügbarkeit) "
        "kostet Muskeln, Knochenstärke, Hormone und einen gleichmäßigen Herzrhythmus und macht Verletzungen und "
        "Ohnmacht wahrscheinlicher. Bitte bleib vorerst bei leichten Einheiten und sprich mit deiner Hausärztin oder "
        "einer Sporternährungsberatung darüber, genug für dein Training zu essen. Wenn sich Essen, Gewicht oder Sport "
        "schwer kontrollieren lassen, hilft eine Essstörungs-Beratung (z. B. BZgA 0221 892031), und früh Hilfe zu "
        "holen macht einen echten Unterschied."
    ),
    "fr": (
        "Non : environ {kcal} kcal par jour, c'est bien trop peu pour s'entraîner, et s'entraîner une ou deux fois "
        "par jour avec ça n'est pas sûr. S'entraîner dur avec si peu d'énergie (RED-S, faible disponibilité "
        "énergétique) coûte du muscle, de la solidité osseuse, des hormones et un rythme cardiaque régulier, et rend "
        "les blessures et les malaises plus probables. Garde des séances faciles pour l'instant et parles-en à ton "
        "médecin ou à un diététicien du sport pour manger assez pour ton entraînement. Si la nourriture, le poids ou "
        "le sport deviennent difficiles à contrôler, une ligne d'écoute sur les troubles alimentaires (Anorexie "
        "Boulimie Info Écoute, 09 69 325 900) peut aider, et demander de l'aide tôt change vraiment les choses."
    ),
    "it": (
        "No: circa {kcal} kcal al giorno sono troppo poche per allenarsi, e allenarsi una o due volte al giorno così "
        "non è sicuro. Allenarsi duramente con così poca energia (RED-S, bassa disponibilità energetica) costa "
        "muscoli, solidità delle ossa, ormoni e un ritmo cardiaco regolare, e rende più probabili infortuni e "
        "svenimenti. Per ora fai solo sedute leggere e parla con il tuo medico o con un dietista sportivo di come "
        "mangiare abbastanza per il tuo allenamento. Se cibo, peso o esercizio ti sembrano difficili da controllare, "
        "il numero verde per i disturbi alimentari (SOS DCA 800 180 969) può aiutarti, e chiedere aiuto presto fa "
        "davvero la differenza."
    ),
    "pt": (
        "Não: cerca de {kcal} kcal por dia é muito pouco para treinar, e treinar uma ou duas vezes por dia assim não é "
        "seguro. Treinar pesado com tão pouca energia (RED-S, baixa disponibilidade energética) custa músculo, "
        "força dos ossos, hormônios e um ritmo cardíaco estável, e torna lesões e desmaios mais prováveis. Por "
        "enquanto, faça só treinos leves e converse com seu médico ou com um nutricionista esportivo sobre comer o "
        "suficiente para o seu treino. Se comida, peso ou exercício parecem difíceis de controlar, um serviço de "
        "apoio a transtornos alimentares (ou o CVV, 188) pode ajudar, e pedir ajuda cedo faz uma diferença real."
    ),
    "nl": (
        "Nee: ongeveer {kcal} kcal per dag is veel te weinig om op te trainen, en er een of twee keer per dag op "
        "trainen is niet veilig. Hard trainen op zo weinig energie (RED-S, lage energiebeschikbaarheid) kost spieren, "
        "botsterkte, hormonen en een regelmatig hartritme, en maakt blessures en flauwvallen waarschijnlijker. Houd "
        "het voorlopig bij lichte trainingen en praat met je huisarts of een sportdiëtist over genoeg eten voor je "
        "training. Als eten, gewicht of sporten moeilijk te beheersen voelt, kan een hulplijn voor eetstoornissen "
        "(Proud2Bme, of 113 bij zware gedachten) helpen, en vroeg hulp zoeken maakt echt verschil."
    ),
    "es": (
        "No: unas {kcal} kcal al día es demasiado poco para entrenar, y entrenar una o dos veces al día así no es "
        "seguro. Entrenar fuerte con tan poca energía (RED-S, baja disponibilidad energética) cuesta músculo, fuerza "
        "ósea, hormonas y un ritmo cardíaco estable, y hace más probables las lesiones y los desmayos. Por ahora haz "
        "solo sesiones suaves y habla con tu médico o con un dietista deportivo sobre comer lo suficiente para tu "
        "entrenamiento. Si la comida, el peso o el ejercicio se sienten difíciles de controlar, una línea de ayuda "
        "para trastornos alimentarios (en España, ADANER; o el 024) puede ayudarte, y pedir ayuda pronto marca una "
        "diferencia real."
    ),
}
DAILY_WARNING = {
    "de": (
        "Bitte lass dich ärztlich untersuchen, bevor du wieder trainierst: In den Notizen einer der letzten Einheiten "
        "steht ein Warnzeichen (Schwäche oder Schwindel, Druck in der Brust oder ein kribbelnder Arm). Heute kein "
        "Training. Wenn es wiederkommt, hör sofort auf, setz oder leg dich hin und ruf den Notruf 112, wenn Schmerzen "
        "in der Brust, eine Ohnmacht oder Atemnot dazukommen, die nicht nachlässt. Deine Einheiten und Ziele warten, "
        "bis eine Ärztin oder ein Arzt dich untersucht hat."
    ),
    "fr": (
        "Consulte un médecin avant de t'entraîner à nouveau : les notes d'une séance récente parlent d'un signe "
        "d'alerte (malaise ou vertige, pression dans la poitrine ou un bras qui fourmille). Pas d'entraînement "
        "aujourd'hui. Si ça revient, arrête tout de suite, assieds-toi ou allonge-toi, et appelle le 15 ou le 112 si "
        "cela s'accompagne d'une douleur dans la poitrine, d'un évanouissement ou d'un essoufflement qui ne passe pas. "
        "Tes séances et tes objectifs attendent qu'un médecin t'ait examiné."
    ),
    "it": (
        "Per favore fatti vedere da un medico prima di allenarti di nuovo: le note di una seduta recente parlano di un "
        "segnale d'allarme (sentirsi mancare o girare la testa, pressione al petto o un braccio che formicola). Niente "
        "allenamento oggi. Se torna, fermati subito, siediti o sdraiati e chiama il 112 se arriva con dolore al petto, "
        "svenimento o fiato corto che non passa. Le tue sedute e i tuoi obiettivi aspettano finché un medico non ti ha "
        "visitato."
    ),
    "pt": (
        "Por favor, consulte um médico antes de voltar a treinar: as notas de um treino recente falam de um sinal de "
        "alerta (sentir-se fraco ou tonto, pressão no peito ou formigamento no braço). Nada de treino hoje. Se voltar, "
        "pare na hora, sente-se ou deite-se e ligue para a emergência (192 no Brasil, 112 em Portugal) se vier com dor "
        "no peito, desmaio ou falta de ar que não passa. Seus treinos e metas esperam até um médico examinar você."
    ),
    "nl": (
        "Ga alsjeblieft eerst naar een arts voordat je weer traint: de notities van een recente training vertellen "
        "over een waarschuwingsteken (je flauw of duizelig voelen, druk op de borst of een tintelende arm). Vandaag "
        "geen training. Als het terugkomt, stop dan meteen, ga zitten of liggen en bel 112 als het samengaat met pijn "
        "op de borst, flauwvallen of kortademigheid die niet overgaat. Je trainingen en doelen wachten tot een arts je "
        "heeft onderzocht."
    ),
    "es": (
        "Por favor, ve al médico antes de volver a entrenar: las notas de una sesión reciente hablan de una señal de "
        "alarma (sentirte débil o mareado, presión en el pecho o un brazo con hormigueo). Hoy no entrenes. Si vuelve, "
        "para enseguida, siéntate o túmbate y llama a emergencias (112 en España, 911 en América) si viene con dolor "
        "en el pecho, desmayo o falta de aire que no se pasa. Tus sesiones y objetivos esperan hasta que un médico te "
        "haya revisado."
    ),
}


def in_language(table: dict[str, str], english: str, text: str, **values: object) -> str:
    """`english` in the language of `text` from `table` (`LOW_INTAKE`, `DAILY_WARNING`), or `english` itself; `values`
    fill its fields (`kcal`)."""
    lang = localised.language_of(text) if text else None
    chosen = table[lang] if lang in table else english
    return chosen.format(**values) if values else chosen
