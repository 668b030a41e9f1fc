"""The fixed answers Vigor gives when its safety policy answers instead of a model.

Written to what a sports physician would accept: urgent symptoms send the person to emergency care
(AHA/ACSM pre-participation guidance: stop exercising on chest discomfort, fainting, palpitations);
self-harm puts crisis lines first (988 Suicide & Crisis Lifeline, Samaritans, findahelpline.com);
eating disorders get support and a referral with no calorie targets (NICE NG69); drugs get risks and
a referral, never doses; crash diets get the safe rate (about 0.5-1% of body weight a week; under
1,200 kcal a day only with medical supervision, NIH/NHLBI); pregnancy follows ACOG Committee
Opinion 804 (2020); minors follow the NSCA youth resistance training position statement (2009).
"""

from __future__ import annotations

import re

from shared.safety import (
    compensation,
    deferral,
    device_reading,
    disclosures,
    drug_doses,
    hr_caps,
    interactions,
    localised,
    minors,
    ordinary_answers,
    over_limit,
    r10_gate,
    renal,
    self_harm_signs,
    stated_limits,
    translations,
    under_fuelling,
    young,
)
from shared.safety.inputs import Category, Urgent
from shared.safety.outputs import Kind, OutputCategory

_CLOSING = "I'm a fitness coach, not a doctor, so I can't assess symptoms."

URGENT: dict[Urgent, str] = {
    "cardiac": (
        "Please stop exercising now. Call your local emergency number now (911, 999, 112) if you have chest pain, "
        "pressure or tightness that is severe, lasts more than a few minutes or comes back, spreads to your arm, jaw, "
        "neck or back, or comes with sweating, nausea, breathlessness, fainting or a racing or irregular heartbeat; "
        "don't drive yourself. If it has fully settled, see a doctor today before you train again. " + _CLOSING
    ),
    "collapse": (
        "Call your local emergency number now (911, 999, 112) and put the phone on speaker. If they are not breathing "
        "normally, start CPR: push hard and fast in the centre of the chest (100-120 a minute) and keep going until "
        "help arrives; send someone for the gym's defibrillator (AED) and follow its voice prompts. If they are "
        "breathing, lay them on their side and stay with them."
    ),
    "clot": (
        "Please don't train on it and get medical help today. A calf or leg that is swollen, warm, red or "
        "painful, especially after a long flight, drive, surgery or illness, can be a blood clot (DVT), which "
        "needs urgent assessment; if you also feel short of breath or have chest pain, call your local "
        "emergency number now (911, 999, 112). Don't massage or stretch it in the meantime. " + _CLOSING
    ),
    "rhabdo": (
        "Please don't train, and get medical help today, at an urgent care centre or emergency department, rather "
        "than waiting to see if it passes. Brown, cola-coloured or red urine after hard exercise, especially with "
        "severe muscle pain, swelling or weakness, can be rhabdomyolysis (muscle breakdown), which can harm the "
        "kidneys; a blood test (CK and kidney function) tells. Sip water meanwhile. Call your local emergency number "
        "(911, 999, 112) if you pass very little or no urine, feel confused, or are very weak or unwell. Urine that "
        "is only dark yellow and turns pale once you drink is usually thirst; brown, cola or red is not. " + _CLOSING
    ),
    "stroke": (
        "Call your local emergency number now (911, 999, 112), even if it is getting better. A drooping face, "
        "slurred speech, or sudden weakness or numbness on one side can be a stroke or a warning stroke, and every "
        "minute matters. Stop exercising, don't drive "
        "yourself, and note the time the symptoms started. " + _CLOSING
    ),
    "heat": (
        "This can be heat stroke, which is an emergency: call your local emergency number now (911, 999, 112). "
        "Stop exercising, get into the shade or a cool room, loosen clothing, and cool the body with cold water "
        "or ice packs on the neck, armpits and groin while you wait. Confusion, odd behaviour or collapse are the "
        "warning signs; many people with heat stroke are still sweating. " + _CLOSING
    ),
    "breathing": (
        "Please call your local emergency number now (911, 999, 112). Sudden sharp chest pain when you breathe in, "
        "coughing up blood or sudden breathlessness can be a blood clot in the lung or a collapsed lung, which need "
        "emergency care. "
        "Stop exercising and don't drive yourself. " + _CLOSING
    ),
    "hyponatremia": (
        "Please get emergency help now (911, 999, 112) and don't drink any more water for the moment. Confusion, "
        "vomiting or a headache after drinking a lot of water during long exercise can be low blood sodium "
        "(hyponatraemia), which needs a blood test and treatment in hospital. " + _CLOSING
    ),
    "hypoglycemia": (
        "Please don't train now: treat the low first. Take 15 g of fast sugar (3-4 glucose tablets, 150 ml of juice "
        "or regular soda), recheck your glucose after 15 minutes and repeat until it is above 4.0 mmol/L (70 mg/dL), "
        "then eat a snack with carbohydrate. Don't start exercising until you are back in your usual pre-exercise "
        "range and feel normal; if today's low was under 3.0 mmol/L (54 mg/dL), skip the session. If you are "
        "confused, can't swallow safely or don't improve, someone should call your local emergency number (911, 999, "
        "112). Please plan exercise, insulin and carbohydrates with your diabetes team. " + _CLOSING
    ),
    "anaphylaxis": (
        "Call your local emergency number now (911, 999, 112). A swelling throat, lips or tongue, hives or trouble "
        "breathing can be anaphylaxis: if you have an adrenaline auto-injector (EpiPen), use it now, then lie down "
        "with your legs raised (sit up if breathing is hard) while you wait for help; if you are no better after 5 "
        "minutes and have a second auto-injector, use it. " + _CLOSING
    ),
    "compartment": (
        "Please go to an emergency department now. Pain in the shin, calf or forearm that "
        "keeps getting worse, with numbness, tingling or a tight, hard muscle, can be compartment syndrome, which "
        "needs treatment within hours. Stop training, don't massage it or raise it high. " + _CLOSING
    ),
    "cauda_equina": (
        "Please go to an emergency department now, or call your local emergency number (911, 999, 112) if you can't "
        "get there. Back or leg pain with numbness around the groin or buttocks, "
        "trouble passing urine or controlling your bladder or bowel, or pain and weakness in both legs can be cauda "
        "equina syndrome, a nerve emergency that needs a scan within hours. Don't train. " + _CLOSING
    ),
    "concussion": (
        "Please stop the session now and don't train again today. After a blow to the head, dizziness, nausea or a "
        "headache can be a concussion: have a doctor check you today, and call your local emergency number "
        "(911, 999, 112) if you vomit more than once, get drowsy or confused, the headache gets worse, your pupils "
        "look different sizes, or you have weakness or trouble speaking. Return to training gradually and only "
        "once you are symptom-free and cleared. " + _CLOSING
    ),
    "pregnancy": (
        "Please stop exercising and contact your maternity unit, midwife or doctor now; if the bleeding is heavy, "
        "the pain is severe or you feel faint, call your local emergency number (911, 999, 112). Bleeding, leaking "
        "fluid, regular painful contractions or less movement from the baby always need to be checked straight away. "
        + _CLOSING
    ),
    "blood_pressure": (
        "Please don't train today. A blood pressure of 180/110 or more is too high to exercise with: sit quietly for "
        "five minutes and measure again. If it is still that high, contact your doctor today; if you also have chest "
        "pain, a severe headache, breathlessness, confusion, weakness or vision changes, call your local emergency "
        "number now (911, 999, 112). " + _CLOSING
    ),
    "asthma": (
        "Call your local emergency number now (911, 999, 112). Blue lips, not being able to finish a sentence or a "
        "reliever inhaler that isn't helping are signs of a severe asthma attack. Sit upright, keep taking puffs of "
        "your reliever inhaler as your asthma plan says while you wait, and don't exercise. " + _CLOSING
    ),
    "nerve": (
        "Please stop training and have it seen today by a doctor or an urgent care centre. Numbness, loss of feeling "
        "or weakness in a hand, arm, leg or foot that has not come back after a session can mean a nerve is "
        "compressed or injured, and it recovers best when it is assessed early. Don't load that limb until then. Call "
        "your local emergency number now (911, 999, 112) if it came on suddenly with a drooping face, slurred speech, "
        "weakness on one side, chest pain or trouble breathing. " + _CLOSING
    ),
    "heart_failure": (
        "Please don't train and see a doctor today. Getting out of breath with light effort such as stairs or an "
        "ordinary walk when you didn't before, waking up gasping for breath, needing extra pillows to breathe "
        "lying down, or legs and ankles that are puffy or swollen can be signs that the heart is not pumping well "
        "(heart failure), which needs tests before any exercise. Call your local emergency number now (911, 999, 112) "
        "if you are breathless at rest, have chest pain, cough up pink frothy spit, or faint. " + _CLOSING
    ),
    # R7: pills or medicine taken in excess (NHS and NPIS: treatment works best early, paracetamol often gives no
    # symptoms for a day while it harms the liver; don't make yourself sick; keep the packet).
    "overdose": (
        "This needs medical help now, even if you feel fine: call your local emergency number (911, 999, 112) or a "
        "poison centre (in the US Poison Help on 1-800-222-1222; in the UK NHS 111 or A&E; elsewhere your emergency "
        "number) and say what was taken, how much and when. Some overdoses, paracetamol especially, cause no symptoms "
        "for a day or more while they damage the liver, and treatment works best early. Don't train, don't try to "
        "sleep it off, don't make yourself sick, and keep the packet to show. If someone is drowsy, hard to wake, "
        "confused or breathing slowly, call the emergency number now and stay with them; if they are unresponsive "
        "and not breathing normally, start CPR. With too much insulin, take fast sugar now (15-20 g) and check your "
        "glucose every 15 minutes while you get help. If the pills were taken on purpose, or you are thinking of "
        "harming yourself, please tell the call handler, and you can also talk to 988 (US) or Samaritans on 116 123 "
        "(UK and Ireland) at any time. " + _CLOSING
    ),
    # R7: a likely fracture nobody has seen yet (BOA/BSSH: suspected fractures are imaged; immobilise, don't load).
    "broken_bone": (
        "Please don't train on it, and get it X-rayed today, at urgent care or an emergency department: a bone you "
        "think is broken, or a wrist, hand, foot or limb that is swollen and crunchy, grinds, looks misshapen or can't "
        "be used or take weight after a fall, can be a fracture, and wrapping or taping it doesn't make it safe to "
        "load. Until it has been seen, keep it still and supported (a sling or splint), ice it for 15-20 minutes at a "
        "time and keep it raised; no bench, push-ups, gripping or loading with it. Go straight to an emergency "
        "department if it looks bent, the skin is broken, or the hand or foot is numb, cold or pale. Training that "
        "doesn't use it can wait until you know what it is. " + _CLOSING
    ),
    # R7: a known heart condition (HCM, an enlarged heart) and maximal efforts: the 2020 ESC sports cardiology
    # guidelines and the 2024 AHA/ACC HCM guideline make high-intensity training a decision with the cardiologist.
    "heart_condition": (
        "With a heart condition such as hypertrophic cardiomyopathy (HCM) or an enlarged heart, maximal efforts, "
        "all-out sprints and heavy max lifts need your cardiologist's clearance first: in some heart conditions "
        "they can trigger a dangerous heart rhythm. Many people with these conditions can train, and moderate "
        "exercise is usually encouraged, but how hard is a decision to make with your cardiologist, ideally one who "
        "knows sports cardiology, after tests such as an exercise test. Until then, keep efforts moderate (you can "
        "still talk in short sentences), skip sprints, intervals to exhaustion, max lifts and breath-holding, and "
        "stop at once and seek help for chest pain, fainting or near-fainting, palpitations or unusual "
        "breathlessness; call your local emergency number (911, 999, 112) if they don't settle with rest. " + _CLOSING
    ),
    # R9: a wearable's AFib alert without symptoms (ESC 2024 AF guideline: a device-detected rhythm is confirmed on
    # an ECG before anything else; emergency care for AF with chest pain, syncope or breathlessness).
    # rr16 kind 7 (hBG): one high watch reading at rest, nothing felt: most often the sensor (`device_reading`).
    "resting_reading": device_reading.REPLY,
    "rhythm_alert": (
        "A watch alert for AFib or an irregular rhythm isn't a diagnosis, but it needs checking: please hold off "
        "hard or high-intensity training and see a doctor within the next few days, not weeks, bringing the watch's"
        " readings or ECG strips. They will usually do a proper ECG and may ask you to wear a heart monitor. Easy "
        "walking is fine while you feel well. Call your local emergency number (911, 999, 112) if it comes with "
        "chest pain or pressure, fainting or nearly fainting, severe breathlessness, or signs of a stroke (a "
        "drooping face, a weak arm, slurred speech). " + _CLOSING
    ),
    # R9: an ankle that can't take weight (the Ottawa ankle rules, Stiell et al., JAMA 1993: unable to take four steps,
    # or bone tenderness at the back of either ankle bone or the foot's outer edge, means an X-ray).
    "weight_bearing": (
        "Please don't train on it until it has been checked: an ankle or foot you can't put weight on (four steps) "
        "after an injury needs an X-ray to rule out a fracture (the Ottawa ankle rules), so getting it seen today is "
        "the right call. Until then keep weight off it (crutches if you have them), keep it raised, and ice it for "
        "15-20 minutes at a time; no running, jumping, lunges, squats or balance work on it, and don't strap it up to "
        "train. Go to an emergency department straight away if it looks misshapen or the foot turns cold, pale or "
        "numb. Seated upper-body work can wait until you know what it is. " + _CLOSING
    ),
    "scaphoid": (
        "Please have it X-rayed today or tomorrow, at urgent care or an emergency department. Pain at the base of the "
        "thumb (the 'snuffbox') after a fall on the hand can be a scaphoid fracture, which an early X-ray can miss and "
        "which heals poorly if loaded, so it is usually splinted until it is ruled out. Until then no push-ups, "
        "planks, presses, pull-ups or gripping with that hand; training that doesn't use it is fine. " + _CLOSING
    ),
    "fracture": (
        "Please go to an emergency department now; if bleeding is heavy, press firmly on the wound with a clean cloth "
        "and call your local emergency number. A limb that looks bent or out of place, or a hand or foot that is "
        "pale, cold, blue or numb, needs urgent care: the bone or the blood supply may be injured. Keep it still and "
        "supported, don't try to straighten it, and don't eat or drink in case you need a procedure. " + _CLOSING
    ),
    "joint_injury": (
        "Please stop training and have it seen today, at an urgent care centre or emergency department; no training "
        "on it meanwhile, not even with a brace or strapping. A knee, ankle or leg that can't take your weight "
        "(four steps) after a twist, pop or fall, a knee that swells up within hours of a pop, or one that locks and "
        "won't straighten, needs an examination and usually an X-ray (the Ottawa knee and ankle rules: a fracture, "
        "or a torn ligament such as the ACL, or a torn meniscus). Until then rest it and keep weight off it (crutches "
        "if you have them), ice it for 15-20 minutes at a time, use a light compression bandage and keep it raised. "
        "Go straight to an emergency department if it looks out of place, or the foot is cold, pale or numb. "
        + _CLOSING
    ),
    "bone": (
        "Please stop running, jumping and any training that loads it now, and see a doctor or sports medicine "
        "clinic within the next few days, not weeks. Bone pain that is there at night or at rest, or one spot on "
        "the bone that hurts to press, can be a stress fracture, which gets worse with every session on it and "
        "may need a scan; walk only as far as it stays pain-free. Go sooner if you can't put weight on it, or "
        "if it comes with fever, weight loss or a lump. Upper-body and other pain-free training is fine meanwhile. "
        + _CLOSING
    ),
    "spinal": (
        "Please don't move your neck more than you must and call your local emergency number now (911, 999, 112). "
        "Tingling, numbness or weakness in both hands or arms, or in the arms and legs, after a neck injury can mean "
        "the spinal cord is affected and needs emergency assessment. Don't train and don't drive yourself. " + _CLOSING
    ),
    "testicular": (
        "Please go to an emergency department now (or call your local emergency number: 911, 999, 112). Sudden or "
        "severe pain or swelling in a testicle, especially with nausea or vomiting, can be a twisted testicle "
        "(torsion), which must be treated within hours to save it. Don't wait to see if it settles. " + _CLOSING
    ),
    "achilles": (
        "Please stop training on it and have it checked today, at an urgent care centre or emergency department: a "
        "feeling of being kicked or hit in the heel, a snap or pop at the back of the ankle, or not being able to push "
        "off or stand on tiptoe are the signs of a torn (ruptured) Achilles tendon. It needs to be seen the same day, "
        "because treatment (a boot or surgery) works best when it starts early. Don't do calf raises, stretches or "
        "any running on it; keep weight off it and the foot relaxed, pointing down, until you are seen. " + _CLOSING
    ),
    "tendon_rupture": (
        "Please stop training it and have it checked within a day or two by a doctor, urgent care or a sports medicine "
        "clinic, and today if you can't put weight on the leg or use the arm. A pop followed by bruising, a gap or "
        "dent, a bulge or lump in the muscle (the 'Popeye' sign in the arm) or a big loss of strength can mean a "
        "significant muscle tear or a tendon pulled off the bone, in the biceps, triceps, pec, rotator cuff "
        "(an arm you can't lift after a rip or pop), hamstring or elsewhere. Don't wait for it to settle: some of "
        "these do best repaired early (a distal biceps or pec "
        "tendon within about two to three weeks, a hamstring torn from the sitting bone within a few weeks), and an "
        "examination and often a scan decide that. Until it has been assessed, don't stretch, massage or load it, "
        "however light: no curls, presses, deadlifts or sprints on it. Rest it, ice it for 15-20 minutes at a time, "
        "and use crutches or a sling if moving it hurts. " + _CLOSING
    ),
    "dislocation": (
        "Please have that joint checked by a doctor within a day or two, before you train it again, even though it "
        "went back in: a joint that came out of place (dislocated) can tear the capsule, labrum or ligaments, chip "
        "bone or pinch a nerve, and it often comes out again under load. Don't bench, press or load it until it has "
        "been assessed (an X-ray, and a physiotherapist's rehab plan); if it is numb, cold, stuck or out again, go to "
        "an emergency department now. " + _CLOSING
    ),
    "cardiac_history": (
        "Good that your cardiologist has cleared you: training after a heart attack is safe and helps the heart when "
        "it builds up gradually, the way cardiac rehabilitation does (ask for a referral if you haven't had it: a "
        "supervised programme is the best start). Warm up and cool down for 10 minutes each; keep cardio moderate, "
        "where you can still talk (about 11-13 out of 20 on the effort scale, or within any heart-rate limit your "
        "cardiologist gave you); for weights, start light, 1-2 sets of 10-15 easy reps for the big muscle groups two "
        "or three days a week, breathe out as you lift and never hold your breath, and add weight slowly. Skip maximal "
        "lifts and all-out sprints. Stop and seek medical help if you get chest pain or pressure, unusual "
        "breathlessness, dizziness or a racing or irregular heartbeat, and call your local emergency number (911, 999, "
        "112) if it doesn't settle within a few minutes of rest. " + _CLOSING
    ),
    "cpr_learning": (
        "Learning CPR is a great idea, and I'm glad your friend got help. You can learn it in a few hours: the Red "
        "Cross or Red Crescent, St John Ambulance and the American Heart Association run short courses (many gyms and "
        "workplaces host them), and in the UK the British Heart Foundation's free RevivR course teaches the basics "
        "online in about 15 minutes. A course also shows you how to use a defibrillator (AED); ask your gym where "
        "theirs is kept. If someone collapses in front of you, call your local emergency number (911, 999, 112) "
        "first and start chest compressions if they are not breathing normally."
    ),
    # Caffeine palpitations at rest with no warning sign: stop for today, no more caffeine, a doctor if it persists or
    # recurs; the emergency signs named (AHA: palpitations with chest pain, fainting or breathlessness need 911).
    "caffeine": (
        "That sounds like too much caffeine, which often makes the heart race or pound. Stop training for today, sit "
        "or lie down somewhere cool, sip water, and have no more coffee, energy drinks or pre-workout today; it "
        "usually settles within a few hours as the caffeine wears off. See a doctor if it hasn't settled by then, "
        "keeps coming back, or happens without caffeine. Call your local emergency number (911, 999, 112) now if you "
        "get chest pain or pressure, feel faint or pass out, or struggle to breathe. " + _CLOSING
    ),
    "headache": (
        "Please stop training and get urgent medical help: a sudden, severe headache during or after a lift "
        "(the worst you have had, or one that comes on like a thunderclap) needs to be checked in an emergency "
        "department now, even if it is easing; if you have vomiting, confusion, a stiff neck or weakness, call your "
        "local emergency number (911, 999, 112). Don't lift again until a doctor has cleared you. " + _CLOSING
    ),
    # rr8 §6: the level of alarm a sports physician would set (see docs/training-science.md, "Coach safety R8").
    "cardiac_recent": (
        "Thanks for telling me. After a stent, a heart attack or heart surgery, or with a heart murmur that is newly "
        "found, get your cardiologist's clearance first, before hard training: ask them, or your GP, about a cardiac "
        "rehabilitation programme, which is the safest way back and usually starts a few weeks after a stent or a "
        "heart attack, and for any heart-rate or effort limit. Until then, keep to gentle activity such as easy "
        "walking, at a pace where you can talk comfortably, and skip heavy lifts, intervals, sprints, max efforts and "
        "breath-holding. This is not an emergency by itself, but stop and call your local emergency number (911, 999, "
        "112) if you get chest pain or pressure, fainting, unusual breathlessness or a racing or irregular heartbeat "
        "that doesn't settle with rest. " + _CLOSING
    ),
    "clot_treated": (
        "Thanks for telling me. After a DVT or a clot, follow your treating team's plan first, keep to the treatment "
        "they gave you, and ask them when and how hard you can train. Walking and gentle activity are usually "
        "encouraged early on, and you can build up gradually from there; while on blood thinners, ask before contact "
        "sports or anything with a risk of falls or knocks, and avoid straining with very heavy lifts until they say "
        "so. Get help today if the leg gets more swollen, red, warm or painful, and call your local emergency number "
        "(911, 999, 112) for sudden breathlessness, chest pain or coughing up blood. " + _CLOSING
    ),
    "bradycardia": (
        "Please don't train today and see a doctor today (your GP or an urgent care centre). A resting heart rate in "
        "the 30s or 40s with dizziness or light-headedness can mean the heart's rhythm is too slow (symptomatic "
        "bradycardia), which needs an ECG and a doctor's check; a low rate is only reassuring in fit people who "
        "have no symptoms. Call your local emergency number "
        "(911, 999, 112) if you faint, have chest pain or become very breathless. " + _CLOSING
    ),
    "aortic": (
        "Please stop lifting and call your local emergency number now (911, 999, 112), or go to an emergency "
        "department if it has passed. A sudden tearing or ripping pain in the chest or between the shoulder blades, "
        "especially when lifting heavy, can be a tear in the body's main artery (aortic dissection), which is an "
        "emergency even when it eases; don't drive yourself. Don't lift again until a doctor has checked it. "
        + _CLOSING
    ),
    "fever": (
        "Please skip training today. Rest while you have a fever or symptoms below the neck, such as a chest cold, a "
        "chesty cough, body aches or an upset stomach. Exercise during a feverish viral illness can inflame the heart "
        "muscle (myocarditis) and slows recovery. If it is only above the neck (a runny nose, a sore throat) and you "
        "have no fever, an easy session is usually fine. Return once you've been fever-free for at least 24 hours "
        "without medicine, starting easy and building back over a few days. See a doctor if the fever lasts more than "
        "a few days, and get urgent help for chest pain, breathlessness or a racing heart. " + _CLOSING
    ),
    "diabetes_signs": (
        "Please see your GP or doctor within the next few days and ask for a blood sugar test (glucose and HbA1c). "
        "Losing weight without trying, especially with peeing a lot or being very thirsty, can be a sign of diabetes "
        "or another condition that needs checking, and it is easy to test. Please get help the same day, at urgent "
        "care or an emergency department, if you are also being sick, have tummy pain or fast breathing, your breath "
        "smells fruity, or you feel drowsy or confused. Never take insulin, or work out a dose, on your own: only a "
        "doctor or diabetes team prescribes it and sets the dose, and a wrong dose can drop your blood sugar "
        "dangerously. Until you know, keep training light and drink water. " + _CLOSING
    ),
    # R10 (hQ): a hot swollen joint, a limb gone blue (see shared.safety.joint_signs for the sources).
    "hot_joint": (
        "Please have it seen today, by your GP, an urgent care centre or an emergency department, and don't train "
        "on it. A joint that is swollen and hot or red, especially without a clear injury, can be an infected joint "
        "(septic arthritis) or gout; an infection can damage the joint within days, so it needs a same-day "
        "examination and often a sample of the fluid. Go to an emergency department now if you also have a fever "
        "or feel unwell, or can't move it or put weight on it. Until then rest it: no running, jumping, squats or "
        "lunges, and don't massage or heat it. " + _CLOSING
    ),
    "discoloured": (
        "Please don't run or train on it until it has been checked, today if you can. An ankle, foot or hand that "
        "has turned blue, purple or black after an injury can be a bad sprain with bleeding under the skin or a "
        "fracture, and a clinician decides on an X-ray from how it looks and whether you can walk four steps on "
        "it. Keep weight off it, keep it raised and ice it for 15-20 minutes at a time. Go to an emergency "
        "department now if it is cold, pale, numb, badly swollen or misshapen, or if it turned blue without an "
        "injury: that can be its blood supply. " + _CLOSING
    ),
}

REPLIES: dict[Category, str] = {
    "urgent": URGENT["cardiac"],
    "self_harm": (
        "I'm really sorry you're feeling this way, and I'm glad you told me. Your safety matters more than any "
        "workout. If you might act on these thoughts, or you are in danger now, call your local emergency number "
        "(911, 999, 112). You can talk to someone right now, free and in confidence: in the US call or text 988 "
        "(Suicide & Crisis Lifeline); in the UK and Ireland call Samaritans on 116 123; anywhere else, "
        "findahelpline.com lists a line in your country. If you can, tell someone you trust how you feel today, "
        "or see your doctor. I'm a fitness coach, not a counsellor, but I'll be here for your training whenever "
        "you want to come back to it."
    ),
    "eating_disorder": (
        "Thank you for telling me; that takes courage. Making yourself sick, using laxatives, or cutting food hard "
        "after eating a lot can harm your heart, teeth and gut, and it often keeps a cycle of bingeing and "
        "restricting going that is very hard to break alone. It is common and it is treatable, and you deserve "
        "support: please talk to your doctor, or an eating disorder helpline (in the US, ANAD on 1-888-375-7767; "
        "in the UK, Beat on 0808 801 0677; elsewhere your doctor can point you to one). A period that has stopped "
        "in someone who trains hard can be a sign of eating too little for the training (RED-S) and needs a "
        "doctor too. If you ever feel faint, have chest pain or a racing heart, get urgent care. "
        "I won't set calorie or weight targets here; regular "
        "meals and gentle, regular training are a good place to be while you get help."
    ),
    "ped": (
        "I can't help with doses, cycles or sources for anabolic steroids, SARMs, clenbuterol, DNP, growth hormone "
        "or similar drugs. Outside a doctor's care they carry serious risks: high blood pressure and heart disease, "
        "liver damage, shutdown of your own hormones and infertility, mood changes, and with DNP or clenbuterol, "
        "overheating and dangerous heart rhythms; products sold online are often not what the label says. If you "
        "already use something, please tell your doctor so they can check your blood pressure, blood work and heart, "
        "without judgement; if a doctor prescribed a medicine (testosterone replacement, a steroid for asthma), "
        "follow their advice. Training, food and sleep drive most progress: ask me about your plan."
    ),
    "crash_diet": (
        "I can't recommend that: very low calorie diets, fasts of several days, diet pills or cutting water cost "
        "muscle and strength, can cause faintness, gallstones and heart rhythm problems, and the weight mostly comes "
        "back. A safe pace is about 0.5-1% of your body weight a week, from a moderate deficit of about 300-500 kcal "
        "a day below what you burn, with plenty of protein (about 1.6 g per kg of body weight) and your strength "
        "training kept up. Eating under about 1,200 kcal a day, or losing faster, needs a doctor or registered "
        "dietitian to supervise it. To make weight for a weigh-in, talk to your sport's medical staff rather than "
        "dehydrating."
    ),
    "pregnancy": (
        "Staying active is good for most pregnancies (about 150 minutes a week of moderate activity, where you can "
        "still talk), but please check with your midwife or doctor first, and again whenever something changes. "
        "General guidance (ACOG): after the first trimester avoid lying flat on your back for long, skip contact "
        "sports and anything with a risk of falling, avoid overheating and hot yoga, don't hold your breath under "
        "heavy loads, and choose weights you could lift several more times rather than maximal lifts. Stop and get "
        "medical advice for bleeding, leaking fluid, regular painful contractions, dizziness or fainting, chest pain, "
        "headache, calf pain or swelling, or breathlessness before you start. After birth, your midwife or doctor "
        "(often at the six-week check) will say when to return; build back gradually, pelvic floor first, and see a "
        "pelvic health physiotherapist for leaking or heaviness. Please don't diet hard or take fat burners, "
        "diet pills or "
        "supplements while pregnant or breastfeeding without your midwife or doctor. Vigor's "
        "plans are not written for pregnancy, so please follow your care team's plan."
    ),
    "minor": (
        "Strength training is safe and good for teenagers when it is supervised "
        "and technique comes first: train with a qualified coach, PE teacher or parent around, use weights you can "
        "lift for 8-15 clean reps, and leave one-rep maxes and training to failure for later. Please don't diet to "
        "lose weight or take supplements beyond normal food, and ask a parent or guardian and your doctor before "
        "starting a new program. A good first program for a teenager (NSCA youth guidance): two or three "
        "non-consecutive days a week, about 45 minutes; 5-10 minutes of easy cardio and dynamic stretches to warm "
        "up; then 6-8 whole-body exercises for 1-3 sets of 8-15 reps with a minute or two of rest: a goblet or "
        "bodyweight squat, push-ups (on a bench if needed), a dumbbell or band row, a hip hinge with a light "
        "dumbbell or a glute bridge, split squats or step-ups, a plank and a side plank. Start with the bar, "
        "bodyweight or a light dumbbell until every rep looks the same, and add a little weight (about 5-10%) only "
        "when all sets reach 15 clean reps. Vigor's full plans are written for adults, so have your coach or PE "
        "teacher check your form as you go."
    ),
    "diagnosis": (
        "I can't diagnose symptoms or advise on medicines: that needs a doctor, physiotherapist or pharmacist who "
        "can examine you and knows your history. Please don't start, stop or change a medication without your "
        "doctor, and if your doctor has told you not to exercise or to wait for clearance, please follow that: "
        "I can't write training around it. If something hurts, stop the exercise that causes it until it has been "
        "checked; once you know what "
        "it is, I can help you train around it."
    ),
    "injection": (
        "I can't share or change the instructions I work under, but I'm happy to help with your training: ask me "
        "about your next session, loads, progress or recovery."
    ),
    "pain": (
        "If something hurts, stop the exercise that causes it and have it checked by a doctor or "
        "physiotherapist; I'm a fitness coach and can't diagnose injuries."
    ),
}

# What replaces a model's answer that broke the policy (shared.safety.outputs).
FOR_OUTPUT: dict[OutputCategory, str] = {
    "clearance": (
        "Please keep to what your doctor, therapist, midwife or health screening advise: training supports care, it "
        "doesn't replace it. Stop and get help for chest pain, fainting, a racing heart or unusual breathlessness."
    ),
    "ignore_symptoms": (
        "Never train through chest discomfort, dizziness, numbness or sharp pain: stop, rest, and see a doctor or "
        "physiotherapist before you continue. Ordinary muscle burn and next-day soreness are fine."
    ),
    "ped": REPLIES["ped"],
    "crash_diet": REPLIES["crash_diet"],
    "eating_disorder": REPLIES["eating_disorder"],
    "self_harm": REPLIES["self_harm"],
    "system_prompt": REPLIES["injection"],
    "diagnosis": REPLIES["diagnosis"],
    "secrecy": (
        "Please don't keep your eating or training secret from the people who look after you: your parents or "
        "carers, your doctor or your coach can help, and I'd encourage you to talk to them."
    ),
    "harmful": (
        "I can't help with that. I'm here for your training: ask me about your next session, loads, progress or "
        "recovery."
    ),
    "urgent": REPLIES["urgent"],
    "pregnancy": REPLIES["pregnancy"],
    "minor": REPLIES["minor"],
    # R7 §3: the rules read English only, so an answer in another language is not shown (shared.safety.language).
    "language": (
        "For now your coach answers in English only, so that every answer can be checked by Vigor's safety rules. "
        "Here is Vigor's own advice in the meantime:"
    ),
    "max_effort": (
        "Given what you've told me (your health screening, your age, a pregnancy or symptoms you mentioned), keep "
        "every effort moderate, where you could still do a few more reps or talk, and skip maximal lifts, tests and "
        "training to failure until a doctor or your care team says otherwise."
    ),
}


PARENT_OF_MINOR = (
    "Strength training is safe and good for children and teenagers when it is supervised and technique comes first: "
    "a qualified coach or PE teacher, weights they can lift for 8-15 clean reps, and no one-rep maxes or training to "
    "failure yet. Please don't put a child or teenager on a weight-loss diet or supplements: if you are worried about "
    "their weight or eating, talk to their doctor. Vigor's plans are written for adults, so their coach should set "
    "their program."
)


# A parent asking to cut a child's weight for a weigh-in (rr8): the minors' weight-cut answer for the parent (AAP 2019
# "Promotion of Healthy Weight-Control Practices in Young Athletes": no cutting, no dehydration while growing).
PARENT_WEIGHT_CUT = (
    "Please don't put a child or teenager on a weight cut for a weigh-in: no dieting down, fasting, sweat suits, "
    "saunas or cutting water. While they are growing, cutting costs strength, growth and concentration and can harm "
    "the heart, kidneys and bones; dehydration before a bout is a known danger in youth wrestling. Let them compete at "
    "the weight they are, with regular meals, protein, carbohydrates, fruit and vegetables around training, water to "
    "thirst and good sleep. Their coach and the sport's rules (a certified weight assessment in school wrestling) "
    "set a safe class, and their doctor can check their weight against their growth if you are worried."
)


# The eighteenth red team (issue 15, R2). After birth: its own guidance, not the pregnancy answer (ACOG Committee
# Opinion 804, 2020; Goom, Donnelly & Brockwell, "Returning to running postnatal", 2019: not before 12 weeks, after a
# pelvic-floor check and a load-and-impact test).
POSTPARTUM = (
    "Congratulations on your baby. After birth, gentle walking, breathing and pelvic floor exercises can usually start "
    "within days, and fuller training after your 6-8 week postnatal check, once your midwife or doctor says so (often "
    "later after a caesarean or a difficult birth). Build back gradually: pelvic floor exercises every day, then core "
    "and strength work. For running, UK return-to-running guidance suggests waiting until at least 12 weeks after "
    "the birth and first being able to walk for 30 minutes, stand on one leg for 10 seconds, and jog on the spot and "
    "hop for a minute without leaking, heaviness or pain; start with run-walk intervals. A gap or doming along the "
    "middle of your tummy (diastasis recti), leaking, heaviness or pelvic pain is worth an assessment by a pelvic "
    "health physiotherapist; skip crunches and heavy straining until it has been checked. If you are breastfeeding, "
    "eat enough and drink to thirst, with no hard diet or fat burners. Stop and get advice for heavy bleeding, chest "
    "pain, calf pain or swelling, or breathlessness."
)
# A minor who describes restricting food gets the eating-disorder answer for their age: a trusted adult first, no
# targets (NICE NG69; Beat's Youthline).
EATING_DISORDER_MINOR = (
    "Thank you for telling me; that takes courage. Eating very little, like an apple a day, isn't safe while you are "
    "still growing: it can make you faint, weaken your heart and bones, stop your periods and affect your mood and "
    "schoolwork. Wanting to be thinner than others is a feeling a lot of people struggle with, and you deserve help "
    "with it. Please tell a parent, carer, school nurse, teacher or another adult you trust how you've been eating, "
    "and see your doctor; you can also talk to an eating disorder helpline (in the UK, Beat's Youthline on 0808 801 "
    "0711; in the US, ANAD on 1-888-375-7767). I won't set calorie or weight targets here. If you ever feel faint, "
    "have chest pain or a racing heart, get urgent care."
)
# A later food question from someone who told of an eating disorder: answered gently, without thanking them again
# for telling and without amounts (the eighteenth red team: every nutrition question got the disclosure reply).
EATING_DISORDER_AGAIN = (
    "I'll keep this simple and leave amounts, calorie targets, fasting windows and weight goals to your care team: "
    "with what you've told me before, those are best set by someone who knows your history. In general, regular "
    "meals and snacks through the day (about every 3-4 hours), each with some protein, carbohydrate and fat, support "
    "training and recovery best, and eating before and after a session helps. A dietitian can help you fit food "
    "around your training. If food feels hard right now, your doctor or an eating disorder helpline (in the US, ANAD "
    "on 1-888-375-7767; in the UK, Beat on 0808 801 0677) can help."
)
# What replaces an answer that urged an adult to keep something secret ("parents or carers" is for minors).
SECRECY_ADULT = (
    "Please talk to someone about this rather than carrying it alone: your doctor, a therapist or someone you trust "
    "can help, and I'd encourage you to reach out to them."
)
# The first answer after a crisis message in the same conversation checks in before answering (988 Lifeline and
# Samaritans guidance: ask directly, keep the door open).
# rr16 (hBL): named here so a non-English message gets the safety lead before it (`localised`)
WATER_FAST = under_fuelling.WATER_FAST
CHECK_IN = (
    "Before your question: how are you feeling now? If those thoughts are still with you, you don't have to carry them "
    "alone: in the US call or text 988, in the UK and Ireland call Samaritans on 116 123, or find a line near you at "
    "findahelpline.com; if you are in danger, call your local emergency number."
)
# R9: after a crisis, a plan to go somewhere remote or do something risky alone ("a long solo run in the hills
# tonight"): check in, the crisis lines, and company and a safety plan for the outing (988 Lifeline / Samaritans
# guidance: ask directly, reduce access to risk, keep someone close), without forbidding exercise.
CRISIS_OUTING = (
    "Before you head out: how are you feeling tonight? After what you told me earlier, I'd rather you didn't go "
    "somewhere remote or do something risky on your own right now, especially in the dark. Movement can really help, "
    "so if you go, take a friend or join a group, or choose a familiar, busy route in daylight; tell someone where "
    "you're going and when you'll be back, and keep your phone with you. If those thoughts are with you, please "
    "talk to someone now: in the US call or text 988, in the UK and Ireland call Samaritans on 116 123, or find a "
    "line near you at findahelpline.com; if you are in danger, call your local emergency number."
)
# R9: someone underweight (by the profile or what they told) asking how to lose more, by diet or by exercise
# ("fasted cardio", "more cardio to burn fat"): no numbers and nothing that helps further loss (NICE NG69; WHO BMI
# under 18.5). Kind and specific, not the purging text.
UNDERWEIGHT = (
    "I won't help with losing more weight: from what you've told me, your weight is already below the healthy range "
    "for your height, and fasted or extra cardio to lose more would take strength, energy and bone health from you. "
    "What I can help with is training that builds you up: strength work two or three times a week, a meal or snack "
    "with carbohydrate and protein around each session, and rest days. If thoughts about food, weight or your body "
    "feel hard to manage, please talk to your doctor or an eating-disorder helpline (Beat in the UK on "
    "0808 801 0677, ANAD in the US on 1-888-375-7767); you deserve support with it."
)
# The same check-in heading a message that answers no question: the daily message, a workout's analysis (R5).
CHECK_IN_UNASKED = CHECK_IN.replace("Before your question: how", "How", 1)

# The two answers that cannot wait for a translation, in Spanish for a message written in Spanish (the
# seventh red team: a crisis in Spanish was answered in English). Emergency numbers as in the English text.
_SPANISH = re.compile(
    r"\b(estoy|tengo|quiero|puedo|duele|pecho|hacerme|siento|por\s+qu(é|e)|ayuda|porque|cuando|corazón|ganas"
    r"|morir|matarme|vivir|entreno|correr|entrenar|desmay\w*|despiert\w*|importar\w*"
    r"|aguanto|suicidarme|morirme|más)\b",  # rr12 kind 2 (hAF); "más" with its accent is not Portuguese
    re.IGNORECASE,
)


def spanish_cues(text: str) -> list[str]:
    """The Spanish cue words in `text` (two or more: a Spanish message)."""
    return _SPANISH.findall(text)


SPANISH: dict[str, str] = {  # one table of translations (`translations`, hAT)
    "self_harm": translations.TEXTS["self_harm", "es"],
    "urgent": translations.TEXTS["cardiac", "es"],
}


# R7: someone with diabetes asking how to train around their own insulin (ADA Standards of Care 2024; Riddell et al.,
# Lancet Diabetes Endocrinol 2017): a diabetes question with hypo precautions, not a drug refusal.
DIABETES_TRAINING = (
    "Training is good for diabetes, and timing it around your insulin is something to plan with your diabetes team, "
    "who know your doses and your readings: please don't change insulin doses or timing without them. General "
    "precautions for exercise on insulin: check your glucose before you start (many teams suggest about 7-10 mmol/L, "
    "126-180 mg/dL; below about 5 mmol/L, 90 mg/dL, have 10-20 g of carbohydrate first and recheck), during long "
    "sessions and afterwards, because lows can come hours later and overnight; always carry fast carbs (glucose "
    "tablets, juice or sweets) and your meter or CGM; and let someone you train with know. Exercising before your "
    "morning insulin can make glucose rise rather than fall, and very high glucose with ketones means no exercise "
    "that day, so ask your team how to plan early sessions. If you feel shaky, sweaty or confused, stop and treat a "
    "low first."
)
# Thanked only when the message said an age (R7: replies triggered by the profile's birth year thanked the user for
# telling, though they never had).
THANKS_FOR_AGE = "Thanks for telling me your age. "


# Heart symptoms in someone else (the fifteenth red team: "my dad ... chest feels heavy when he walks uphill" got
# "Please stop exercising now", addressed to the user).
CARDIAC_SOMEONE_ELSE = (
    "Those are warning signs of a heart problem. If they are happening now, or came at rest, lasted more than a few "
    "minutes or came with sweating, nausea, breathlessness or fainting, call your local emergency number (911, 999, "
    "112) for them now. Otherwise they should stop exercising and see a doctor promptly, before any training plan "
    "starts or goes on. " + _CLOSING
)
_SOMEONE_ELSE = re.compile(
    r"\bmy\s+(dad|father|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend|brother|sister|son|daughter|friend"
    r"|client|grandad|grandpa|grandma|granny|uncle|aunt|colleague|teammate)\b[^.?!]{0,80}\b(his|her|he|she|their|they)\b",
    re.IGNORECASE,
)


def about_someone_else(text: str) -> bool:
    """The message tells of someone else's symptoms ("my dad ... his chest"), not the user's own."""
    return bool(_SOMEONE_ELSE.search(text)) and not re.search(
        r"\b(my|i|i'?m|me)\s+(chest|heart)\b", text, re.IGNORECASE
    )


_SAYS_AGE = re.compile(
    r"\b(1[0-7]|[6-9]|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
    r"|\b(teen\w*|minor|under\s*18|grade|high\s+school|middle\s+school|year\s+\d+|anos|anni|ans|a(ñ|n)os|jahre)\b",
    re.IGNORECASE,
)


PRETEND_CLEARANCE = (
    "I can't pretend or say that a doctor cleared you: only they can, and a plan built on a clearance that wasn't "
    "given could put you at real risk. If they have cleared you, tell me what they said (for what, and how hard) and "
    "I'll plan around it. If not, ask them, or your cardiologist or physiotherapist, before maximal sprints, max "
    "lifts or training to failure; until then I can give you moderate sessions you can talk through."
)


# R11 (hX): a pregnancy told in chat is kept for that chat; other chats take it into account once the user confirms
# it on the flags list (docs/decisions.md, "Coach safety (hX)").
CONFIRM_PREGNANCY = (
    "I'll keep your pregnancy in mind for the rest of this chat. If you'd like every chat, plan note and daily "
    "message to take it into account, confirm it under Account, Safety flags; you can remove it there at any time."
)


def reply_for(category: Category, text: str = "", *, minor: bool = False) -> str:
    """`_reply_for`, with the pregnancy confirmation after the pregnancy answer to the user's own pregnancy."""
    from shared.safety.pregnancy_own import current

    # R11 K8-K10 (hAB): an emergency, crisis, eating-disorder or medicine answer in the message's language
    reply = localised.localise(_reply_for(category, text, minor=minor), text)
    if category == "pregnancy" and text and current(text):
        return reply + "\n\n" + CONFIRM_PREGNANCY
    return reply


def _reply_for(category: Category, text: str = "", *, minor: bool = False) -> str:
    """The fixed answer to a user message of this category (urgent answers fit the symptom; a parent asking about
    a child gets the answer for parents; after a birth, the postpartum answer; a `minor` telling of restrictive
    eating, the eating-disorder answer for their age)."""
    from shared.safety.disclosures import diabetes_training
    from shared.safety.inputs import about_a_child, postpartum, underweight_only, urgent_kind
    from shared.safety.inputs import minor as minor_said

    if category in SPANISH and len(_SPANISH.findall(text)) >= 2:
        if category == "self_harm" or (urgent_kind(text) or "cardiac") == "cardiac":
            return SPANISH[category]
    if category == "eating_disorder" and text and compensation.asked(text) and not disclosures.purging(text):
        return compensation.REPLY  # rr12 kind 3 (hAL): fasting after a binge; no purging wording the user never used
    if category == "urgent" and text and (urgent_kind(text) or "cardiac") == "cardiac" and about_someone_else(text):
        return CARDIAC_SOMEONE_ELSE
    if category == "urgent" and text:
        return URGENT[urgent_kind(text) or "cardiac"]
    if category == "minor" and text and about_a_child(text):
        from shared.safety.minors import topic

        return PARENT_WEIGHT_CUT if topic(text) == "weight_cut" else PARENT_OF_MINOR
    if category == "minor" and text and minors.dehydrating(text):
        # rr12 kind 7 (hAG): a sauna, sweat suit or water pills to make weight is a clear no, with why
        return (THANKS_FOR_AGE if _SAYS_AGE.search(text) else "") + minors.DEHYDRATION
    if category == "minor" and text and ordinary_answers.supervised_max(text):
        return ordinary_answers.SUPERVISED_MAX  # rr15 (hBB): a 17-year-old's 1RM test with their coach watching
    if category == "minor" and text and _SAYS_AGE.search(text):
        return THANKS_FOR_AGE + REPLIES["minor"]
    if category == "diagnosis" and text and (row := interactions.found(text)) is not None:
        return interactions.reply(row)  # the combination and why, not the generic medicines line (R9)
    if category == "diagnosis" and text and stated_limits.anticoagulated(text) and stated_limits.CONTACT.search(text):
        return stated_limits.BLEEDING_CONTACT  # rr11 K3: "I'm on warfarin, can I start boxing?"
    if category == "diagnosis" and text and ordinary_answers.otc_for_soreness(text):
        return ordinary_answers.OTC_SORENESS  # rr15 (hBB): ibuprofen for normal soreness after a marathon
    if category == "diagnosis" and text and renal.asked(text):
        return renal.REPLY  # a protein amount with kidney disease: the renal team's number
    if category == "diagnosis" and text and (bpm := hr_caps.asked_over(text)) is not None:
        return hr_caps.reply(bpm)  # rr15 (hAY): "keep my heart rate under 140 ... wants 185, can I?": the cap, named
    if category == "diagnosis" and text and (cap := over_limit.asked_above(text)) is not None:
        return over_limit.reply(cap)  # rr13 (hAO): a physio's 60 kg cap and "90 today is fine right?"
    if category == "diagnosis" and text and deferral.pretended_clearance(text):
        return PRETEND_CLEARANCE  # hW (issue 15 d): Vigor never says a clinician cleared what they did not
    if category == "diagnosis" and text and diabetes_training(text):
        return DIABETES_TRAINING
    if category == "pregnancy" and text and postpartum(text):
        return POSTPARTUM
    if category == "ped" and text and (special := r10_gate.reply(text)) is not None:
        return special  # a caffeine overdose or a borrowed prescription, not the steroid refusal (R10)
    if category == "ped" and text and about_a_child(text):
        return young.PARENT_PED  # "what testosterone booster for my 14-year-old son?" (rr11 K6)
    if category == "ped" and (minor or (text and young.own_age(text)) or (text and minor_said(text))):
        return young.MINOR_PED
    if category == "ped" and text and drug_doses.names_dnp(text):
        return drug_doses.DNP  # rr12 kind 6: the drug asked about, by name, with why no dose is safe (hAF)
    if category == "eating_disorder" and minor:
        return EATING_DISORDER_MINOR
    if category == "crash_diet" and text and not minor:
        if (fuelling := under_fuelling.reply(text)) is not None:
            return fuelling  # rr16 (hBL): 500 kcal with two-a-days is RED-S; water and black coffee, a harmful fast
    if category == "eating_disorder" and text and underweight_only(text):
        return UNDERWEIGHT
    if category == "self_harm" and text and (lines := self_harm_signs.local_lines(text)):
        return REPLIES[category] + "\n\n" + lines  # the crisis line of the country the language points to (R11 K2)
    return REPLIES[category]


# What the user reads instead of a provider sentence of one of the output policy's kinds (`outputs.unsafe_kind`).
KIND_REPLIES: dict[Kind, str] = {
    "warning_sign": (
        "Feeling faint, dizzy, a racing heart or chest discomfort during exercise is a reason to stop the session, "
        "not to carry on: sit or lie down, and don't train again until a doctor has checked you. If it comes with "
        "chest pain, breathlessness or you pass out, call your local emergency number."
    ),
    "anticoagulant": (
        "On a blood thinner such as apixaban, rivaroxaban or warfarin, a blow to the head or body is far more "
        "dangerous than usual, so please don't spar or play contact sports until your prescriber says it is safe for "
        "you; headgear does not make it safe. Non-contact training (pads, bag work, technique, conditioning) is the "
        "usual alternative to ask them about."
    ),
    "epilepsy_alone": (
        "With epilepsy, never swim, dive or climb alone: a seizure in water or at height can be fatal within minutes. "
        "Swim where a lifeguard or someone who knows what to do is watching, and ask your neurologist about anything "
        "else that worries you."
    ),
    "stimulant": (
        "That much caffeine isn't safe: healthy adults should stay under about 400 mg a day, and a single dose of "
        "about 3 mg per kg of body weight (200 mg for most people) is what the research supports for performance. "
        "Higher doses cause a racing heart, tremor and, in the grams, dangerous heart rhythms. Caffeine powder is "
        "easy to overdose on: avoid it."
    ),
    "dehydration": (
        "I can't recommend dehydrating yourself to make weight: it costs strength, raises the risk of heat illness "
        "and kidney injury, and can be dangerous. If you compete in a weight class, get there gradually over weeks "
        "with a modest deficit, and ask a sports dietitian for a safe plan for the last days."
    ),
    "injury_loading": (
        "A torn, swollen or acutely injured joint should not be loaded heavily or with jumps and impact: that can make "
        "the damage worse. Rest the injured joint and follow the plan your doctor or physiotherapist "
        "gives; exercise for the rest of your body is usually fine meanwhile."
    ),
}
