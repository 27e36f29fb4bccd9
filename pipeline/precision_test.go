package pipeline

import (
	"testing"
	"time"
)

// Output events that match nothing a coder would code: what others
// foresee, comments that name no act. Each test pairs the construction
// with rows that must still code.

// TestForeseenActs: "is expected to", "is likely to", "is unlikely to"
// tell what others foresee, not what the actor announces: no intent, no
// act. The actor's own will ("expects to", "is ready to") is its intent.
func TestForeseenActs(t *testing.T) {
	testLexRows(t, []lexRow{
		{"is expected to hold talks", d, "The prime minister is expected to hold talks with opposition leaders on Friday.", "03", "", ""},
		{"are expected to meet", d, "Putin and Erdogan are expected to meet in Sochi next week.", "03", "", ""},
		{"was expected to visit", d, "The Chinese foreign minister was expected to visit Moscow.", "03", "", ""},
		{"is likely to attack", d, "Analysts said Iran is likely to attack Israel.", "13", "", ""},
		{"is likely to attack: no attack", d, "Analysts said Iran is likely to attack Israel.", "19", "", ""},
		{"unlikely to give in", d, "Analysts said Doha was unlikely to give in quickly.", "03", "", ""},
		{"unlikely to resign", d, "Kenya's president is unlikely to resign.", "08", "", ""},
		{"expects to sign: its own aim", d, "Iran expects to sign the deal with France next month.", "03", "IRN>FRA", ""},
		{"is ready to meet: its own will", d, "Iran's foreign minister said he was ready to meet his French counterpart.", "036", "IRNGOV>FRAGOV", ""},
		{"is willing to send troops", d, "Kenya said it was willing to send troops to Haiti.", "03", "KEN>HTI", ""},
		{"the act told beside the forecast", d, "Russia expelled two British diplomats on Monday and is expected to expel more.", "161", "RUS>GBRGOV", ""},
	})
}

// TestCommentsLeftOut: comments that name no act (CAMEO 011-014: declined
// to comment, warned of, expressed hope, considered) are plain statements,
// left out unless statements are asked for; denials, claims of
// responsibility and condolences are acts and stay.
func TestCommentsLeftOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"expressed hope", d, "The Spanish prime minister expressed hope that the verdict would end the confrontation.", "01", "", ""},
		{"expressed concern", d, "The German chancellor expressed concern over the crisis in Belarus.", "01", "", ""},
		{"warned that", d, "India's foreign ministry warned that relations depended on Pakistan's response.", "01", "", ""},
		{"declined to comment", d, "A spokesman for the Russian embassy declined to comment.", "01", "", ""},
		{"is considering sanctions", d, "The European Union is considering new sanctions against Iran.", "01", "", ""},
		{"a denial stays", d, "Britain accused Russia of the attack. Moscow denied any role in the attack.", "016", "RUSGOV>GBR", ""},
		{"a claim of responsibility stays", d, "The Taliban claimed responsibility for the attack on the Afghan army.", "015", "AFGREB>AFGMIL", ""},
		{"condolences stay", d, "Egypt's president sent condolences to France.", "018", "EGYGOV>FRA", ""},
	})
}

// rootRow is a sentence and how many events of a CAMEO root (two digits)
// it codes by default.
type rootRow struct {
	name, text, root string
	want             int
}

func testRootCounts(t *testing.T, rows []rootRow) {
	t.Helper()
	c := newCoder(t)
	ref, _ := time.Parse(time.DateOnly, d)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			var all []string
			n := 0
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+dyad(e))
				if hasCode(e, tt.root) {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("got %d events of root %s in %v, want %d", n, tt.root, all, tt.want)
			}
		})
	}
}

// TestProtestMotives: disapproval or protest that a protest or complaint
// is done for is its motive, not a second event: the act takes its target
// from it. So is a demand or an appeal a protest is made for, as CAMEO's
// 1411-1414 and PLOVER's PROTEST code it; one joined by "and" stays an act
// of its own.
func TestProtestMotives(t *testing.T) {
	testRootCounts(t, []rootRow{
		{"hunger strike to protest", "Some 400 Greek students began a hunger strike this week to protest against Turkey's new law.", "14", 1},
		{"blocked a bridge to show disapproval", "Farmers outside Nairobi blocked a bridge to show their disapproval of Kenyan land reform.", "14", 1},
		{"blocked a bridge: no disapproval event", "Farmers outside Nairobi blocked a bridge to show their disapproval of Kenyan land reform.", "11", 0},
		{"blocked highways to protest", "Farmers blocked highways in Paris to protest against French farm policy.", "14", 1},
		{"summoned to complain", "Nigeria's foreign minister summoned Niger's ambassador to complain about the attacks.", "11", 1},
		{"summoned to protest: no protest event", "Nigeria's foreign minister summoned Niger's ambassador to protest against the attacks.", "14", 0},
		{"a demand a march is for is its motive", "Protesters marched on the embassy to demand the release of the journalist.", "10", 0},
		{"a demand told by a participle is its motive", "Students marched through Seoul demanding the release of jailed activists.", "10", 0},
		{"a call for, by a participle on a rally", "Thousands rallied in Minsk, calling for the release of political prisoners.", "02", 0},
		{"the rally stays", "Thousands rallied in Minsk, calling for the release of political prisoners.", "14", 1},
		{"a demand joined by and stays", "The opposition demanded the president's resignation and called a general strike.", "10", 1},
		{"a demand with no protest above it stays", "Thousands demanded the release of the opposition leader.", "10", 1},
		{"the march stays", "Protesters marched on the embassy to demand the release of the journalist.", "14", 1},
		{"a complaint with no act above it stays", "Thousands of residents complained about the trial of the businessmen.", "11", 1},
	})
}

// TestSharedAuxiliary: a bare verb joined to a verb group shares its modal
// and negation ("would hold their positions and shoot", "did not surround
// the town and shoot"): the second act is no more done than the first. A
// verb with a tense of its own keeps it.
func TestSharedAuxiliary(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would hold and shoot", d, "Salinas said troops would hold their positions and shoot only if attacked.", "19", "", ""},
		{"would free and shoot", d, "The rebels said they would free the hostages and shoot the soldiers.", "19", "", ""},
		{"could surround and shoot", d, "Analysts said government troops could surround the city and shoot the rebels.", "19", "", ""},
		{"did not surround and shoot", d, "The army did not surround the town and shoot the protesters.", "17", "", ""},
		{"surrounded and shot: both done", d, "The army surrounded the town and shot the protesters.", "17", "MIL>OPP", ""},
		{"will attack, announced", d, "The rebels said they would free the hostages and shoot the soldiers.", "13", "REB>MIL", ""},
	})
}

// TestTimeOfActToCome: a clause that says when an act to come happens
// ("once", "when", "until", "before") tells an act to come too, supposed
// and announced by no one: not done, and no intent or threat of its doer.
// Under an act told as done it is done.
func TestTimeOfActToCome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"would lay down once troops took control", d, "The rebels said they would lay down their weapons once foreign troops took control of the city.", "19", "", ""},
		{"will resume once the army withdraws", d, "The talks will resume once the army withdraws from the town.", "08", "", ""},
		{"will retaliate when Israel attacks", d, "Iran will retaliate when Israel attacks its territory.", "19", "", ""},
		{"the retaliation announced stays a threat", d, "Iran will retaliate when Israel attacks its territory.", "13", "IRN>", ""},
		{"would stay until the rebels surrendered", d, "The minister said the troops would stay until the rebels surrendered.", "08", "", ""},
		{"would pull out before the elections were held", d, "Officials said Syrian troops would withdraw from Lebanon before the Lebanese army took control.", "19", "", ""},
		{"attacked when Hamas fired: done", d, "Israel attacked Gaza when Hamas fired rockets.", "19", "PSEREB>ISR", ""},
		{"shelled until they surrendered: done", d, "The army shelled the town until the rebels surrendered.", "08", "REB>", ""},
	})
}

// TestTripsAtHome: a visit is made abroad (policy.tsv's away flag): a trip
// to a place of one's own country is no visit, and flying others somewhere
// is no trip of one's own; a trip abroad stays a visit.
func TestTripsAtHome(t *testing.T) {
	testLexRows(t, []lexRow{
		{"flew back to the capital", "1991-08-22", "Soviet President Mikhail Gorbachev flew back to Moscow early on Thursday.", "042", "", ""},
		{"flew to a city at home", "2005-05-14", "Uzbek President Islam Karimov flew to Andijan on Friday.", "042", "", ""},
		{"travelled to a city at home", d, "The French president travelled to Marseille on Monday.", "042", "", ""},
		{"flew others to safety", d, "A private South African security company flew some of them to safety by helicopter.", "042", "", ""},
		{"flew to a capital abroad", "2018-07-08", "Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Sunday.", "042", "ETHGOV>ERIGOV", ""},
		{"travelled to a capital abroad", d, "Iran's foreign minister travelled to Damascus on Monday.", "042", "IRNGOV>SYRGOV", ""},
		{"arrived abroad", d, "Egypt's president arrived in Paris on Monday.", "042", "EGYGOV>FRAGOV", ""},
	})
}

// TestChargesJoined: acts a charge names after its preposition are
// alleged, also when a second preposition joins them ("accused Indian
// troops of crossing the border and of attacking Chinese soldiers").
func TestChargesJoined(t *testing.T) {
	testLexRows(t, []lexRow{
		{"and of attacking", d, "China's foreign ministry on Tuesday accused Indian troops of crossing the border and of attacking Chinese soldiers.", "19", "", ""},
		{"an adverb before the first gerund", d, "China's foreign ministry accused Indian troops of twice crossing the border and of attacking Chinese soldiers.", "19", "", ""},
		{"and of provoking and attacking", d, "China's foreign ministry accused Indian troops of twice crossing the border and of provoking and attacking Chinese soldiers.", "19", "", ""},
		{"arrested for repeatedly insulting and for attacking", d, "Police arrested the activist for repeatedly insulting the king and for attacking officers.", "19", "", ""},
		{"the accusation stays", d, "China's foreign ministry accused Indian troops of crossing the border and of attacking Chinese soldiers.", "112", "CHNGOV>INDMIL", ""},
		{"arrested for insulting and for attacking", d, "Police arrested the activist for insulting the king and for attacking officers.", "19", "", ""},
		{"an attack told as done stays", d, "Indian troops crossed the border and attacked Chinese soldiers.", "19", "INDMIL>CHNMIL", ""},
	})
}

// TestMeasuresTarget: a measure, a sanction or a law that "targets"
// something aims at it; no one attacks. Forces that target a place or an
// actor attack it.
func TestMeasuresTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"measures target goods", d, "The U.S. measures target machinery, electronics and other industrial goods.", "19", "", ""},
		{"sanctions target banks", d, "The new European sanctions target Russian banks.", "19", "", ""},
		{"a law targets journalists", d, "The law targets foreign journalists.", "19", "", ""},
		{"jets targeted positions", d, "Israeli jets targeted Hamas positions in Gaza.", "19", "ISRMIL>PSEREB", ""},
		{"forces targeted a city", d, "Russian forces targeted the city of Kharkiv.", "19", "RUSMIL>UKR", ""},
	})
}

// TestTheySpeakers: "they" said by speakers joined by "and" is the
// speakers themselves, whoever the sentence before named: what they say
// they will do is their own announcement, no claim about another. A single
// speaker's "they" keeps the actor named before.
func TestTheySpeakers(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "France and Canada after the Security Council", date: "2004-03-01",
			text:     "PORT-AU-PRINCE, Haiti (AP) — The U.N. Security Council authorised a multinational force for Haiti on Sunday.\n\nFrance and Canada said they would also send troops.\n",
			sentence: "would also send", want: []string{"15 FRA>*", "15 CAN>*"}, not: []string{"11 FRA>*", "11 CAN>*", "15 IGOUNO>*"}},
		{name: "Britain and France after the rebels", date: "2020-01-06",
			text:     "Rebels seized the town of Kidal on Sunday.\n\nBritain and France said they would impose sanctions on the rebels.\n",
			sentence: "impose sanctions", want: []string{"16 GBR>*", "16 FRA>*"}, not: []string{"11 GBR>*"}},
		{name: "one speaker's they is the rebels", date: "2020-01-06",
			text:     "Rebels seized the town of Kidal on Sunday.\n\nThe army said they had killed ten soldiers.\n",
			sentence: "killed ten soldiers", want: []string{"19 MLIREB>*"}},
	})
}

// TestWipingOut: crushing, destroying or wiping out an armed actor is
// force; vowed, pledged or threatened it is a threat of force, not a bare
// promise. Crushing a protest stays repression.
func TestWipingOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"vowed to crush", d, "Israel has vowed to crush Hamas.", "13", "ISR>PSEREB", ""},
		{"vowed to crush: no bare promise", d, "Israel has vowed to crush Hamas.", "03", "", ""},
		{"pledged to destroy", d, "Netanyahu pledged to destroy Hamas.", "13", "ISRGOV>PSEREB", ""},
		{"crushed the rebels", d, "The Nigerian army crushed the rebels in the north.", "19", "NGAMIL>NGAREB", ""},
		{"crushed the protests", d, "Security forces crushed the protests.", "175", "MIL>", ""},
		{"destroyed tanks", d, "Government troops destroyed three rebel tanks.", "19", "MIL>", ""},
	})
}

// TestCallsNeedPartner: a phone call is made with someone (policy.tsv's
// partner flag): "speaking by telephone" to reporters, with no one named,
// is an interview, not a call.
func TestCallsNeedPartner(t *testing.T) {
	testLexRows(t, []lexRow{
		{"speaking by telephone to reporters", d, "Speaking by telephone from the Central African Republic, Aristide told reporters he was the victim of a coup.", "041", "", ""},
		{"spoke by phone from his home", d, "The Venezuelan opposition leader spoke by phone from his home on Monday.", "041", "", ""},
		{"two leaders spoke by phone", d, "Putin and Erdogan spoke by phone on Monday.", "041", "RUSGOV>TURGOV", ""},
		{"spoke by phone with another", d, "Biden spoke by phone with Zelensky on Monday.", "041", "USAGOV>UKRGOV", ""},
		{"telephoned another", "2011-02-01", "Obama telephoned Mubarak on Friday.", "041", "USAGOV>EGYGOV", ""},
		{"called X a Y: a naming", d, "India called Pakistan a terrorist state.", "041", "", ""},
		{"called a leader a name", d, "Trump called Kim Jong Un a madman on Monday.", "041", "", ""},
		{"called a leader: a call", d, "Putin called Erdogan on Monday.", "041", "RUSGOV>TURGOV", ""},
	})
}

// TestSuicideBombers: a suicide bomber who strikes or hits a target is a
// suicide bombing (1831), not an air strike; bombers that are aircraft
// stay air strikes.
func TestSuicideBombers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a suicide bomber struck a bus", d, "A suicide bomber struck a bus in central Tel Aviv.", "1831", "RAD>ISRCVL", ""},
		{"no air strike", d, "A suicide bomber struck a bus in central Tel Aviv.", "195", "", ""},
		{"a suicide bomber hit a checkpoint", d, "A suicide bomber hit a checkpoint in Baghdad.", "1831", "RAD>IRQ", ""},
		{"aircraft bombers: no bombing by a person", d, "Russian bombers struck targets in Syria.", "18", "", ""},
	})
}
