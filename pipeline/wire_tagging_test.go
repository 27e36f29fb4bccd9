package pipeline

import "testing"

// TestOpeningParticipleActor: a participle that opens the sentence before a
// named actor ("Suspected Boko Haram militants attacked") describes the
// actor, who does the clause's act; it was read as a verb with the actor
// its object, and the act had no source.
func TestOpeningParticipleActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"suspected, an attack", d, "Suspected Boko Haram militants attacked a village in northeastern Nigeria on Sunday.", "180", "NGARAD>NGACVL", ""},
		{"ousted, a passive sentence", d, "Ousted Egyptian President Mohamed Morsi was sentenced to 20 years in prison.", "116", "EGYJUD>EGYGOV", ""},
		{"armed, a present tense", d, "Armed Somali pirates seize a Greek tanker off the coast of Oman.", "181", "SOMCRM>GRC", ""}, // pirates seizing a ship hijack it,
	})
}

// TestParticipleJoinedAgentsActor: "militants backed by Iran and Syria
// attacked": the militants attack, not Syria.
func TestParticipleJoinedAgentsActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"backed by two countries", d, "Rebels backed by Rwanda and Uganda seized the town of Goma in November.", "192", "CODREB>CODGOV", ""},
		{"the backing stays", d, "Rebels backed by Rwanda and Uganda seized the town of Goma in November.", "051", "UGA>CODREB", ""},
	})
}

// TestPlaceCommaSpeaker: an opening phrase that ends in a place, a comma,
// and a titled person ("In Kabul, Afghan President Ashraf Ghani accused")
// is a place and then the subject: the comma joins no list of countries
// before a title, so the person does the act; a list of peoples before a
// common noun is still one actor list.
func TestPlaceCommaSpeaker(t *testing.T) {
	testLexRows(t, []lexRow{
		{"in a capital, a president", "2019-06-01", "In Kabul, Afghan President Ashraf Ghani accused Pakistan of harbouring militants.", "112", "AFGGOV>PAK", ""},
		{"speaking in a capital, a foreign minister", "2019-06-01", "Speaking in Moscow, Russian Foreign Minister Sergei Lavrov accused Washington of meddling.", "112", "RUSGOV>USAGOV", ""},
		{"addressing a body, a president", "2019-06-01", "Addressing the United Nations General Assembly, Iranian President Hassan Rouhani urged Washington to lift sanctions.", "02", "IRNGOV>USAGOV", ""},
		{"at a rally in a city, a prime minister", "2019-06-01", "At a rally in Lahore, Pakistani Prime Minister Imran Khan criticised India.", "111", "PAKGOV>IND", ""},
		{"not: a list of peoples", d, "Russian, Syrian and Iranian officials met in Tehran.", "040", "RUSGOV>SYRGOV", ""},
	})
}

// TestOpeningSubjectPresentActor: a lede or headline in the present
// ("Turkey arrests 20 journalists", "Israel bombs Hamas targets") codes
// the act; the -s form was read as a plural noun and nothing was coded.
func TestOpeningSubjectPresentActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"arrests", d, "Turkey arrests 20 journalists over the coup attempt.", "173", "TUR>TURMED", ""},
		{"bombs", d, "Israel bombs Hamas targets in Gaza.", "195", "ISR>PSEREB", ""},
		{"boycotts", d, "Russia boycotts the talks on Ukraine.", "125", "RUS>UKR", ""},
		{"shells", d, "The Syrian army shells rebel positions near Aleppo.", "194", "SYRMIL>SYRREB", ""},
		{"not: the noun after a verb", d, "Police made dozens of arrests in Istanbul on Monday.", "173", "TURCOP>TUR", ""},
	})
}

// TestWireSubjectsActor: subjects the analysis lost now do their acts.
func TestWireSubjectsActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a statement issued, set off", d, "The ministry, in a statement issued late on Monday, condemned Israel's raid on the camp.", "111", "GOV>ISR", ""},
		{"has long accused", d, "Washington has long accused Tehran of supporting terrorism.", "112", "USAGOV>IRNGOV", ""},
	})
}

// TestPluralPresentActor: a plain present after a noun that may be plural
// ("police arrest") or after a plural, when the table lists the word only
// as a noun and a base verb ("fighters fire"), is the act.
func TestPluralPresentActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police arrest", d, "Egyptian police arrest dozens of protesters in Cairo.", "173", "EGYCOP>EGYOPP", ""},
		{"fighters fire", d, "Hezbollah fighters fire rockets into northern Israel.", "19", "LBNRAD>ISR", ""},
	})
}

// TestOpeningParticipleSubjectActor: "After meeting Putin in Moscow,
// Erdogan said": Erdogan met Putin; the gerund was read as a noun and
// Putin as the speaker.
func TestOpeningParticipleSubjectActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after meeting", d, "After meeting Russian President Vladimir Putin in Moscow, Turkish President Tayyip Erdogan said ties would improve.", "040", "TURGOV>RUSGOV", ""},
	})
}

// TestBareVerbListActor: "Gunmen abducted, tortured and killed three Red
// Cross workers": the first verb takes the last one's object as target.
func TestBareVerbListActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"abducted, tortured and killed", d, "Gunmen abducted, tortured and killed three Red Cross workers in Darfur.", "181", "UAF>SDNNGO", ""},
	})
}

// TestObjectRelativeThatActor: the act told in a relative clause on an
// object ("the town that government troops had captured in May") took
// place; read as the main verb's complement it was hypothetical.
func TestObjectRelativeThatActor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"captured, a relative clause", d, "Chadian rebels retook the town that government troops had captured in May.", "192", "TCDMIL>", ""},
	})
}
