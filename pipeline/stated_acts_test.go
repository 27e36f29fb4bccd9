package pipeline

import "testing"

// Statements whose content is itself an act towards another party: a
// denial told as what was not done. Each family is written for this file;
// none is a story's sentence.

func TestStatedDenialOwnAct(t *testing.T) {
	// "X said its troops had not fired": an act of conflict its speaker
	// says its own side did not do denies responsibility for it (016); what
	// another did not do, or what it says it will not do, is no denial
	testLexRows(t, []lexRow{
		{"its troops, past perfect", d, "Russia said its troops had not fired on the village.", "016", "RUS>", ""},
		{"its soldiers, simple past", d, "The Pakistani army said its soldiers did not open fire on the crowd.", "016", "PAKMIL>", ""},
		{"it, insisted", d, "Ethiopia insisted that it had not bombed the Tigrayan capital.", "016", "ETH>", ""},
		{"report at the end", d, "The Sudanese army did not shell the hospital, a spokesman for the Sudanese army said.", "016", "SDNMIL>", ""},
		{"its jets, present perfect", d, "Turkey says its jets have never bombed civilian areas in Syria.", "016", "TUR>", ""},
		{"after an accusation, at the accuser", d, "Georgia accused Russian troops of shelling its villages. Moscow said its forces had not shelled any Georgian village.", "016", "RUSGOV>GEO", ""},
		{"another's act not done: no denial", d, "Armenia said Azerbaijani troops had not opened fire.", "016", "", ""},
		{"said it would not attack: a promise, no denial", d, "Russia said it would not attack Ukraine.", "016", "", ""},
		{"not yet: still to come, no denial", d, "The Ukrainian ministry said its forces had not yet captured the city.", "016", "", ""},
		{"said its troops attacked: no denial", d, "The Ugandan army said its soldiers had attacked rebel camps in Congo.", "016", "", ""},
	})
}

func TestStatedDenialNothingDone(t *testing.T) {
	// "X insisted that no shots had been fired": a passive act of conflict
	// with no doer, whose subject is the thing it uses, said not to have
	// been done, denies it (016), aimed at who accused the speaker's
	// country just before; a toll ("no one was killed") or what was not
	// done to the speaker's own country is none
	testLexRows(t, []lexRow{
		{"no shots fired, insisted", d, "The Cambodian government insisted that no shots had been fired.", "016", "KHMGOV>", ""},
		{"no rockets launched, said", d, "Hamas said no rockets had been fired at Israeli towns.", "016", "PSEREB>", ""},
		{"after the other army's accusation", d, "Indian commanders accused Pakistani troops of firing across the border. The Pakistani army insisted that no shots were fired.", "016", "PAKMIL>INDMIL", ""},
		{"the charge just before, not an older one", d, "Kenya blamed the raid on Somalia. Days later the Kenyan army accused Somali troops of firing on a border post. The Somali government insisted that no shots had been fired.", "016", "SOMGOV>KENMIL", ""},
		{"no arrests made: a report, no denial", d, "Police in Lagos said no arrests had been made.", "016", "", ""},
		{"no sanctions imposed: a report, no denial", d, "European officials said no sanctions had been imposed on Iran.", "016", "", ""},
		{"a toll: no denial", d, "Police said no one was killed in the blast.", "016", "", ""},
		{"fired at its own country: no denial", d, "The Israeli army said no rockets were fired at Israel overnight.", "016", "", ""},
		{"shots fired, not denied", d, "The ministry said shots had been fired near the border.", "016", "", ""},
	})
}

func TestStatedReadyForTalks(t *testing.T) {
	// "X said it was ready for talks with Y", "is open to negotiations": a
	// meeting the speaker is ready or open for is its intent to meet (036);
	// not ready for it refuses it (125); what it is open to that is no
	// meeting ("open to attack", "open to visitors") is neither
	testLexRows(t, []lexRow{
		{"ready for talks, said", d, "Iran said it was ready for talks with the United States.", "036", "IRN>USA", ""},
		{"open to negotiations, report at the end", d, "Serbia is open to negotiations with Kosovo, the Serbian president said.", "036", "SRB>XKX", ""},
		{"prepared for dialogue, present", d, "The Sudanese army says it is prepared for dialogue with the rebels.", "036", "SDNMIL>SDNREB", ""},
		{"willing, no report", d, "Venezuela is willing to hold talks with the opposition.", "036", "VEN>OPP", ""},
		{"not ready: a refusal", d, "Hamas said it was not ready for negotiations with Israel.", "125", "PSEREB>", ""},
		{"not ready: no intent", d, "Hamas said it was not ready for negotiations with Israel.", "036", "", ""},
		{"not prepared: a refusal", d, "The junta is not prepared for talks with the opposition, a spokesman said.", "125", "GOV>OPP", ""},
		{"open to attack: no intent", d, "Russia said its border was open to attack.", "036", "", ""},
		{"open to visitors: no intent", d, "The minister said the museum was open to visitors from Europe.", "036", "", ""},
		{"ready for war: no talks", d, "North Korea said it was ready for war with the South.", "036", "", ""},
	})
}

func TestStatedChargeCalledFalse(t *testing.T) {
	// "X said the accusations were baseless", "called the claims a
	// fabrication": a charge its speaker calls false is denied (016), aimed
	// at the charge's author, else at whoever last accused the speaker; a
	// charge not called false, or called so by no one, is no denial
	testLexRows(t, []lexRow{
		{"said baseless, the author an adjective", d, "Russia said the British allegations were absurd.", "016", "RUS>GBR", ""},
		{"said, no author", d, "The Kremlin said the claims were false.", "016", "RUSGOV>", ""},
		{"report at the end, a noun", d, "The charges are a fabrication, the Iranian foreign ministry said.", "016", "IRNGOV>", ""},
		{"called absurd, after the charge", d, "Britain accused Russia of the poisoning. Moscow called the accusations absurd.", "016", "RUSGOV>GBR", ""},
		{"described as baseless, possessor", d, "China described Washington's allegations as groundless.", "016", "CHN>USAGOV", ""},
		{"termed a fabrication", d, "Pyongyang termed the South Korean report a fabrication.", "016", "PRKGOV>KOR", ""},
		{"not baseless: no denial", d, "Russia said the accusations were not baseless.", "016", "", ""},
		{"said by no one: no denial", d, "The claims were baseless.", "016", "", ""},
		{"a vote called a farce: criticism, no denial", d, "Germany said the Russian vote was a farce.", "016", "", ""},
		{"accusations called serious: no denial", d, "Japan said the accusations were serious.", "016", "", ""},
	})
}

func TestStatedCrimesOfAnother(t *testing.T) {
	// "X said Y had committed war crimes", "said Y was guilty of": crimes a
	// speaker says another committed accuse it (112x); said by no one, of
	// one's own side denied, or only foreseen, they are no accusation
	testLexRows(t, []lexRow{
		{"committed war crimes, perfect", d, "Ukraine said Russian forces had committed war crimes in Bucha.", "1124", "UKR>RUSMIL", ""},
		{"committed abuses, report at the end", d, "The army committed human rights abuses in the north, the opposition said.", "1122", "OPP>MIL", ""},
		{"committed fraud, present perfect", d, "The Kenyan opposition says the ruling party has committed fraud.", "1121", "KENOPP>KENPTY", ""},
		{"guilty of war crimes", d, "Ukraine said Russia was guilty of war crimes.", "112", "UKR>RUS", ""},
		{"said by no one", d, "Russian forces committed war crimes in Bucha.", "112", "", ""},
		{"its own forces, denied: a denial", d, "Russia said its forces had not committed war crimes.", "016", "RUS>", ""},
		{"its own forces, denied: no accusation", d, "Russia said its forces had not committed war crimes.", "112", "", ""},
		{"only foreseen", d, "Russia said Ukraine would be guilty of aggression if it attacked.", "112", "", ""},
		{"a massacre stays the act", d, "The Serbian militia committed a massacre in Srebrenica.", "202", "SRBUAF>BIH", ""},
	})
}

func TestStatedWorkOf(t *testing.T) {
	// "X said the bombing was the work of Y": an act of force said to be
	// another's work accuses it (112); a thing that is no act of force, a
	// denial, or the same said by no one accuses no one
	testLexRows(t, []lexRow{
		{"the work of a country", d, "Syria said the killing was the work of Israel.", "112", "SYR>ISR", ""},
		{"handiwork, report at the end", d, "The bombing was the handiwork of the Taliban, the Pakistani government said.", "112", "PAKGOV>AFGREB", ""},
		{"present tense, an agency", d, "Britain says the poisoning is the work of Russian military intelligence.", "112", "GBR>RUSSPY", ""},
		{"no act of force", d, "Officials said the bridge was the work of Chinese engineers.", "112", "", ""},
		{"said by no one", d, "The bombing was the work of the Taliban.", "112", "", ""},
		{"not the work of", d, "Iran said the explosion was not the work of Israel.", "112", "", ""},
	})
}

func TestStatedProposalUnacceptable(t *testing.T) {
	// "X said the proposal was unacceptable": a proposal or a demand its
	// speaker calls unacceptable is refused (120), aimed at its author; a
	// vote or an act so called is criticised (111), not refused
	testLexRows(t, []lexRow{
		{"said, the author an adjective", d, "Serbia said the American proposal was unacceptable.", "120", "SRB>USA", ""},
		{"not acceptable, report at the end", d, "The demands of the rebels are not acceptable, the Malian government said.", "120", "MLIGOV>MLIREB", ""},
		{"called a farce, possessor", d, "Moscow called Washington's peace plan a farce.", "120", "RUSGOV>USAGOV", ""},
		{"described as unacceptable", d, "Iran described Britain's offer as unacceptable.", "120", "IRN>GBR", ""},
		{"said by no one", d, "The proposal was unacceptable.", "120", "", ""},
		{"acceptable: no refusal", d, "Serbia said the proposal was acceptable.", "120", "", ""},
		{"only foreseen", d, "Serbia said such a proposal would be unacceptable.", "120", "", ""},
		{"a vote called a farce: criticism", d, "Germany said the Russian vote was a farce.", "111", "DEU>RUS", ""},
		{"a vote called a farce: no refusal", d, "Germany said the Russian vote was a farce.", "120", "", ""},
	})
}

func TestStatedHostileConduct(t *testing.T) {
	// "X said Y was destabilising Z", "harbouring terrorists", "had incited
	// violence": hostile conduct a speaker says another pursues accuses it
	// (112); said by no one, denied, or said of no actor, it is none
	testLexRows(t, []lexRow{
		{"destabilising a country", d, "Moldova said Russia was destabilising the country.", "112", "MDA>RUS", ""},
		{"harbouring terrorists, report at the end", d, "Pakistan is harbouring terrorists, the Indian foreign ministry said.", "112", "INDGOV>PAK", ""},
		{"incited violence, perfect", d, "The Ethiopian government said the opposition had incited violence.", "112", "ETHGOV>ETHOPP", ""},
		{"sponsors terrorism, present", d, "The United States says Iran sponsors terrorism.", "112", "USA>IRN", ""},
		{"undermined the ceasefire", d, "Armenia said Azerbaijan had undermined the ceasefire.", "112", "ARM>AZE", ""},
		{"said by no one", d, "Russia is destabilising Moldova.", "112", "", ""},
		{"its own side, denied: a denial", d, "Pakistan said it was not harbouring terrorists.", "016", "PAK>", ""},
		{"its own side, denied: no accusation", d, "Pakistan said it was not harbouring terrorists.", "112", "", ""},
		{"no actor: no accusation", d, "The opposition said rising prices had fueled tensions.", "112", "", ""},
	})
}

func TestStatedAttempt(t *testing.T) {
	// "X said Y was trying to destabilise Z": what a speaker says another
	// tries to do is claimed as the act is, an attempt being coded as the
	// act; an attempt denied or only foreseen claims nothing
	testLexRows(t, []lexRow{
		{"trying to destabilise: conduct", d, "Moldova said Russia was trying to destabilise the country.", "112", "MDA>RUS", ""},
		{"seeking to undermine, report at the end", d, "Azerbaijan is seeking to undermine the ceasefire, Armenia's foreign ministry said.", "112", "ARMGOV>AZE", ""},
		{"trying to encircle: the victim's claim", d, "Ukraine said Russian troops were trying to encircle Kyiv.", "112", "UKR>RUSMIL", ""},
		{"not trying: no accusation", d, "Moldova said Russia was not trying to destabilise the country.", "112", "", ""},
		{"would try: only foreseen", d, "Moldova said Russia would try to destabilise the country.", "112", "", ""},
		{"its own troops trying: no accusation", d, "The Ukrainian army said its troops were trying to retake the town.", "112", "", ""},
	})
}

func TestStatedSuspicion(t *testing.T) {
	// "X suspects Y of Z": a suspicion voiced accuses (112); the act
	// suspected is alleged, not told as done
	testLexRows(t, []lexRow{
		{"suspects of being behind", d, "Iran suspects Israel of being behind the attack.", "112", "IRN>ISR", ""},
		{"said it suspected, past", d, "Baku said it suspected Armenian saboteurs of blowing up the pipeline.", "112", "AZEGOV>ARM", ""},
		{"suspected of an act: alleged, no attack told", d, "Iran said it suspected Israel of carrying out the attack.", "180", "", ""},
		{"does not suspect: no accusation", d, "Iran does not suspect Israel of the attack.", "112", "", ""},
	})
}

func TestStatedAccordingTo(t *testing.T) {
	// "Y was behind Z, according to X": a blame or a judgement told
	// according to an actor is that actor's, as if it had said it; denied,
	// foreseen, of its own side, or told by no one, it is none
	testLexRows(t, []lexRow{
		{"according to, at the end", d, "Israel was behind the attack, according to Iran.", "112", "IRN>ISR", ""},
		{"according to, at the start", d, "According to the Iraqi government, Iran was responsible for the attack on the pipeline.", "112", "IRQGOV>IRN", ""},
		{"a judgement", d, "According to the European Union, the Russian vote was a sham.", "111", "IGOEUR>RUS", ""},
		{"conduct", d, "According to Ukraine, Russia was meddling in Moldova's affairs.", "112", "UKR>RUS", ""},
		{"not behind: nothing", d, "Israel was not behind the attack, according to Iran.", "112", "", ""},
		{"would be responsible: only foreseen", d, "Israel would be responsible for any attack, according to Iran.", "112", "", ""},
		{"of its own side: no accusation", d, "Hamas was behind the attack, according to Hamas.", "112", "", ""},
		{"told by no one", d, "Israel was behind the attack.", "112", "", ""},
	})
}
