package pipeline

import (
	"testing"
	"time"
)

// TestFrontedPlaceAndDefiniteAgents: a place that opens a sentence before a
// comma places its unnamed agents ("In Beijing, the foreign ministry said"
// is China's), whatever the story's home; a definite agent named in the
// sentences just before keeps the country it had ("the police" are the
// police of the story's first sentence); and an adverb between a reported
// clause's subject and its verb leaves the subject its own ("said the
// government firmly supported").
func TestFrontedPlaceAndDefiniteAgents(t *testing.T) {
	hk := "HONG KONG (AP) — Police fired tear gas at protesters in Hong Kong on Wednesday.\n\n"
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "fronted capital", date: "2019-06-13", text: hk + "In Beijing, the foreign ministry said the government firmly supported Carrie Lam.\n",
			sentence: "firmly supported", want: []string{"05 CHNGOV>HKGGOV"}},
		{name: "the police named before", date: "2019-06-13", text: hk + "In Beijing, the foreign ministry praised the police.\n",
			sentence: "praised", want: []string{"05 CHNGOV>HKGCOP"}, not: []string{"05 CHNGOV>CHNCOP"}},
		{name: "fronted city of the home", date: "2019-06-13", text: hk + "In Hong Kong, officials condemned the violence.\n",
			sentence: "condemned", want: []string{"11 HKGGOV>*"}},
		{name: "adverb before a reported verb", date: "2020-05-02", text: "KABUL (AP) — Officials said troops quickly retook the town of Ghazni.\n",
			sentence: "retook", want: []string{"19 AFGMIL>*"}},
		{name: "adverb 'then' before a reported verb", date: "2020-05-02", text: "HARARE (AP) — Witnesses said police then fired on the crowd.\n",
			sentence: "fired", want: []string{"17 ZWECOP>*"}},
	})
}

// TestObjectPronoun: "him" right after its verb is not that verb's subject
// but the person named in the sentence before; after a clause word
// ("told him", "said ... him") the subject may still be meant.
func TestObjectPronoun(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "congratulated him", date: "2020-08-11", text: "MINSK (AP) — Alexander Lukashenko claimed victory in Sunday's election.\n\nRussian President Vladimir Putin congratulated him on Monday.\n",
			sentence: "congratulated", want: []string{"05 RUSGOV>BLRGOV"}},
		{name: "criticised him", date: "2019-02-01", text: "CARACAS (AP) — Nicolas Maduro rejected the ultimatum on Thursday.\n\nJuan Guaido criticised him on Friday.\n",
			sentence: "criticised", want: []string{"11 VENOPP>VENGOV"}},
		{name: "no one before: no guess", date: "2020-08-11", text: "MINSK (AP) — Russian President Vladimir Putin congratulated him on Monday.\n",
			sentence: "congratulated", not: []string{"05 RUSGOV>RUSGOV"}},
	})
}

// TestNamesNotOfPlaces: a one-word place name after its article ("The
// Valley", Anguilla's capital) is not the tail of any "Galwan Valley"; and
// "the Russian ambassador" is not the one Russian ambassador the knowledge
// happens to list.
func TestNamesNotOfPlaces(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a valley is no capital", "2020-06-16", "Indian and Chinese troops clashed in the disputed Galwan Valley on Monday night.", "19", "INDMIL>CHNMIL", ""},
		{"the Swat Valley", "2009-05-08", "Pakistani troops attacked Taliban fighters in the Swat Valley on Friday.", "19", "PAKMIL>AFGREB", ""},
		{"The Hague as a seat", d, "The Hague summoned the Russian ambassador.", "114", "NLDGOV>RUSGOV", ""},
	})
	c := newCoder(t)
	on, err := time.Parse(time.DateOnly, d)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range codeText(t, c, "The Hague summoned the Russian ambassador.", on) {
		if e.Target != nil && e.Target.Name != "Russia" {
			t.Errorf("the Russian ambassador named %q, want the country's name (no one person)", e.Target.Name)
		}
	}
}

// TestObjectPronounBySyntax: "him" is never the subject of its own verb;
// it stands for the first person named outside that subject, in this
// sentence or the ones before.
func TestObjectPronounBySyntax(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "another person earlier in the sentence", date: "2017-11-16", text: "HARARE (AP) — Jacob Zuma said Robert Mugabe had told him he was fine.\n",
			sentence: "told him", not: []string{"* ZWEGOV>ZWEGOV"}},
		{name: "the object of a second verb", date: "2019-06-05", text: "MOSCOW (AP) — Vladimir Putin met Xi Jinping on Wednesday and praised him.\n",
			sentence: "praised", want: []string{"05 RUSGOV>CHNGOV"}},
		{name: "after a preposition", date: "2020-06-17", text: "NEW DELHI (AP) — Wang Yi spoke on Wednesday. Subrahmanyam Jaishankar protested to him about the clash.\n",
			sentence: "protested", not: []string{"* INDGOV>INDGOV"}},
	})
}

// TestFamilyNameFirst: a name the knowledge keeps from standing alone
// ("surname: -") may stand alone once the story has named its bearer in
// full, by its first word too (family name first: "Wang Yi ... Wang").
func TestFamilyNameFirst(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Wang after Wang Yi", date: "2020-06-18", text: "BEIJING (AP) — Foreign Minister Wang Yi spoke on Wednesday.\n\nWang demanded that India punish those responsible.\n",
			sentence: "demanded", want: []string{"10 CHNGOV>IND"}},
		{name: "Hun after Hun Sen", date: "2017-09-05", text: "PHNOM PENH (AP) — Prime Minister Hun Sen spoke on Monday.\n\nHun accused the United States of plotting a coup.\n",
			sentence: "accused", want: []string{"11 KHMGOV>USA"}},
		{name: "not before the full name", date: "2020-06-18", text: "BEIJING (AP) — Wang demanded that India punish those responsible.\n",
			sentence: "demanded", not: []string{"10 CHNGOV>IND"}},
		// family names that are English words too ("lee", "park", "moon",
		// "ban") stand alone once the story has named the bearer in full
		{name: "Lee after Lee Myung-bak", date: "2010-05-24", text: "SEOUL, South Korea (AP) — President Lee Myung-bak spoke on Monday.\n\nLee demanded an apology from North Korea.\n",
			sentence: "apology", want: []string{"10 KORGOV>PRK"}},
		{name: "Park mid-sentence", date: "2015-08-25", text: "SEOUL, South Korea (AP) — President Park Geun-hye spoke on Tuesday.\n\nOn Tuesday, Park accused North Korea of planting the mines.\n",
			sentence: "accused", want: []string{"11 KORGOV>PRK"}},
		{name: "Moon after Moon Jae-in", date: "2018-04-27", text: "SEOUL, South Korea (AP) — President Moon Jae-in spoke on Friday.\n\nMoon praised Kim Jong Un for his courage.\n",
			sentence: "praised", want: []string{"05 KORGOV>PRKGOV"}},
		{name: "Ban after Ban Ki-moon", date: "2014-07-20", text: "NEW YORK (AP) — U.N. Secretary-General Ban Ki-moon spoke on Sunday.\n\nBan condemned the shelling of the school.\n",
			sentence: "condemned", want: []string{"11 IGOUNO>-"}},
		{name: "a common word alone is no one", date: "2010-05-24", text: "SEOUL, South Korea (AP) — Lee demanded an apology from North Korea.\n",
			sentence: "apology", not: []string{"10 KORGOV>PRK"}},
	})
}

// TestRegionalAdjective: "Latin American leaders" are no country's, not the
// United States'; "American troops" still are, and "South African" is
// South Africa's (a country's adjective of two words).
func TestRegionalAdjective(t *testing.T) {
	testLexRows(t, []lexRow{
		{"Latin American leaders", d, "Latin American leaders condemned the coup in Venezuela.", "111", "GOV>", ""},
		{"American troops", d, "American troops attacked Taliban positions.", "19", "USAMIL>AFGREB", ""},
		{"South African", d, "The South African government condemned the coup in Zimbabwe.", "111", "ZAFGOV>", ""},
	})
}
