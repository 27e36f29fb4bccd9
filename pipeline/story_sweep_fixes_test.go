package pipeline

import "testing"

// Families for the general causes behind the misses of the story sweep
// (story_sweep_asia_europe_americas_test.go); each sentence is written here.

// TestSweepAgentAsModifier: an unnamed agent that is only the first noun of
// a compound ("a general strike", "a police post") names no actor the
// phrase is: calling a general strike is no phone call to a general.
func TestSweepAgentAsModifier(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a general strike called by a party", "2023-10-29", "DHAKA, Bangladesh (AP) — The opposition party called a general strike for Monday.", "041", "", ""},
		{"an indefinite general strike called by a union", "2019-11-12", "LA PAZ, Bolivia (AP) — Bolivia's largest union called an indefinite general strike on Tuesday.", "041", "", ""},
		{"a general strike called by students, past perfect", "2022-07-10", "COLOMBO, Sri Lanka (AP) — Student unions had called a nationwide general strike to demand the president's resignation.", "041", "", ""},
		{"what a government called a militant camp", "2019-02-27", "NEW DELHI (AP) — Indian jets struck what New Delhi called a militant training camp on Tuesday.", "041", "", ""},
		{"what police called a rebel hideout", "2021-05-04", "BOGOTA, Colombia (AP) — Soldiers raided what the police called a rebel supply depot.", "041", "", ""},
		{"a terrorist training site, plural subject", "2020-01-01", "ISLAMABAD (AP) — Pakistani officials called the strike an attack on a terrorist training site.", "041", "", ""},
		{"the general strike is still a protest", "2023-10-29", "DHAKA, Bangladesh (AP) — The opposition party called a general strike for Monday.", "143", "BGDOPP>BGDGOV", ""},
		{"calling the army chief is a call", "2021-02-01", "LIMA, Peru (AP) — Peru's president called the army chief on Sunday.", "041", "PERGOV>PERMIL", ""},
		{"calling a named leader is a call", "2022-05-06", "PARIS (AP) — Macron called the Chinese president on Friday.", "041", "FRAGOV>CHNGOV", ""},
	})
}

// TestSweepForeignMinistryNames: a foreign ministry by its other names
// ("Department of Foreign Affairs", "Foreign Office", "foreign affairs
// ministry") is its country's government, as "foreign ministry" is.
func TestSweepForeignMinistryNames(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Britain's Foreign Office summons", "2022-03-01", "LONDON (AP) — Britain's Foreign Office on Monday summoned Russia's ambassador.", "114", "GBRGOV>RUSGOV", ""},
		{"a Philippine department summons an envoy", "2024-06-17", "The Philippine Department of Foreign Affairs has summoned China's envoy over the collision.", "114", "PHLGOV>CHNGOV", ""},
		{"a foreign affairs ministry accuses", "2020-04-03", "Vietnam's foreign affairs ministry accused China of sinking a fishing boat.", "112", "VNMGOV>CHN", ""},
		{"a department of foreign affairs protests, passive", "2016-07-12", "A protest was lodged with Beijing by the Philippine Department of Foreign Affairs.", "114", "PHLGOV>CHNGOV", ""},
	})
}

// TestSweepSuspendOperations: suspending military operations, hostilities or
// fighting is de-escalation (087), not force; agreed to, it is the intent of
// it (0356), never a threat.
func TestSweepSuspendOperations(t *testing.T) {
	testLexRows(t, []lexRow{
		{"suspended military operations against rebels", "2023-06-10", "Colombia's government suspended military operations against the ELN on Friday.", "087", "COLGOV>COLREB", ""},
		{"agreed to suspend is no threat", "2023-06-10", "Colombia's government agreed to suspend military operations against the ELN.", "138", "", ""},
		{"agreed to suspend is an intent to de-escalate", "2023-06-10", "Colombia's government agreed to suspend military operations against the ELN.", "0356", "COLGOV>COLREB", ""},
		{"will suspend hostilities", "2016-08-01", "Turkey will suspend hostilities against Kurdish militants, the defence minister said.", "138", "", ""},
		{"suspended hostilities, present perfect", "2021-05-20", "Houthi rebels have suspended hostilities against the Saudi-led coalition.", "087", "YEMREB>SAUMIL", ""},
		{"suspended operations of a company is no event", "2022-03-08", "McDonald's suspended operations in Russia.", "087", "", ""},
	})
}

// TestSweepCalledAFraud: calling an act a fraud, a charade, a hoax or a
// whitewash is disapproval (111), as calling it a sham or a farce is.
func TestSweepCalledAFraud(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the opposition calls the election a fraud", "2024-01-27", "CARACAS, Venezuela (AP) — The Venezuelan opposition on Monday called the election a fraud.", "111", "VENOPP>VENGOV", ""},
		{"a government calls a referendum a charade", "2022-09-28", "Ukraine's foreign ministry called Russia's referendum a charade.", "111", "UKRGOV>RUS", ""},
		{"rights groups call an inquiry a whitewash", "2020-01-01", "Amnesty International called the Egyptian inquiry a whitewash.", "111", "NGO>EGY", ""},
		{"a fraud investigation is no disapproval", "2020-01-01", "French prosecutors opened a fraud investigation into the company.", "111", "", ""},
	})
}

// TestSweepFlewAPatrol: warplanes flying a patrol or sorties near, over or
// into another country is a show of force (150), as flying the planes there is.
func TestSweepFlewAPatrol(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a joint patrol near a country", "2022-05-24", "Russian and Chinese bombers flew a joint patrol near Japan on Tuesday.", "150", "RUSMIL>JPNGOV", ""},
		{"sorties near an island", "2021-10-04", "Chinese warplanes flew sorties near Taiwan on Sunday.", "150", "CHNMIL>TWNGOV", ""},
		{"present perfect, over a sea near a country", "2020-01-01", "Two Russian bombers have flown a patrol over the Baltic Sea near Lithuania.", "150", "RUSMIL>LTUGOV", ""},
		{"a patrol with no place is no show of force", "2020-01-01", "The pilot flew a patrol.", "150", "", ""},
	})
}

// TestSweepFreeRelativeObject: a verb whose object is a free relative with
// an object of its own ("struck what New Delhi called a training camp") acts
// on what the relative names.
func TestSweepFreeRelativeObject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"struck what a government called a camp", "2019-02-26", "Indian warplanes struck what New Delhi called a militant training camp inside Pakistan.", "195", "INDMIL>PAKREB", ""},
		{"shelled what the army called rebel positions", "2020-01-01", "Syrian troops shelled what the army called rebel positions near Idlib.", "19", "SYRMIL>SYRREB", ""},
		{"arrested what police called ringleaders, present perfect", "2020-01-01", "Police in Hong Kong have arrested what officials called opposition ringleaders.", "173", "HKGCOP>HKGOPP", ""},
		{"did what it promised names no object", "2020-01-01", "The army did what it promised.", "19", "", ""},
	})
}

// TestSweepSeizedABuilding: armed men seizing a building, a compound or a
// palace occupy it (192), and the act falls on whose it is.
func TestSweepSeizedABuilding(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a regional government building", "2005-05-13", "TASHKENT (AP) — Armed men broke into the city's prison and seized the regional government building on Friday.", "192", "UAF>UZBGOV", ""},
		{"police headquarters, present perfect", "2014-04-12", "KYIV, Ukraine (AP) — Pro-Russian gunmen have seized the police headquarters in Sloviansk.", "192", "UAF>UKRCOP", ""},
		{"a presidential palace", "2013-03-24", "Rebels seized the presidential palace in Bangui.", "192", "CAFREB>CAFGOV", ""},
		{"seized power is a coup, not a building", "2021-02-01", "NAYPYITAW, Myanmar (AP) — The army seized power on Monday.", "192", "", ""},
	})
}
