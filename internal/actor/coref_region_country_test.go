package actor

import "testing"

// TestRegionCountry pins a description of a country by its region ("the
// West African country", "the Gulf state", "the Balkan nation"; the
// region-states: lines of agents.txt) as the last state of that region
// the story named, by name or by its possessive, demonym or "of" with an
// agent, not the country named last; with none of the region named it
// stands for no one. "the island nation" is the last island state named
// the same ways.
func TestRegionCountry(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"West African after its possessive, another named last", "1995-03-02", []string{
			"France welcomed Nigeria's president on Monday.",
			"The West African country later expelled two Belgian diplomats."},
			"West African country=NGA/Nigeria; Belgian diplomats=BELGOV/Belgium", "west african named last"},
		{"West African after a pair joined by and", "1998-06-11", []string{
			"Ghana and Britain signed a trade pact on Monday.",
			"The West African country also expelled two Belgian diplomats."},
			"West African country=GHA/Ghana; Belgian diplomats=BELGOV/Belgium", "west african"},
		{"Gulf state after the emir of", "2004-01-20", []string{
			"Britain received the emir of Kuwait.",
			"The Gulf state later criticized Iran."},
			"Gulf state=KWT/Kuwait; Iran=IRN/Iran", "gulf named last"},
		{"the Balkan country as an object", "2008-02-19", []string{
			"Serbia received Germany's chancellor on Tuesday.",
			"Britain then praised the Balkan country."},
			"Britain=GBR/United Kingdom; Balkan country=SRB/Serbia", "balkan"},
		{"the Baltic nation after a demonym", "1991-01-14", []string{
			"Soviet troops stormed a television tower in the Lithuanian capital.",
			"Sweden and Norway condemned the attack on the Baltic nation."},
			"Sweden=SWE/Sweden; Norway=NOR/Norway; Baltic nation=LTU/Lithuania", "baltic"},
		{"Central Asian after Russia named last", "2005-05-17", []string{
			"Uzbekistan's president flew to Moscow on Monday.",
			"Russia promised aid to the Central Asian country."},
			"Russia=RUS/Russia; Central Asian country=UZB/Uzbekistan", "central asian"},
		{"the Caribbean nation in the future tense", "2010-01-14", []string{
			"The United States will send troops to Haiti.",
			"Canada said it will also help the Caribbean nation."},
			"Canada=CAN/Canada; it=CAN/Canada; Caribbean nation=HTI/Haiti", "caribbean"},
		{"island nation after a possessive", "2001-07-09", []string{
			"Germany welcomed Sri Lanka's president.",
			"The island nation later expelled Indian diplomats."},
			"island nation=LKA/Sri Lanka; Indian diplomats=INDGOV/India", "island state"},
		{"no state of the region named: no one", "1999-09-01", []string{
			"France hosted Germany's chancellor on Monday.",
			"The West African country later expelled two Belgian diplomats."},
			"Belgian diplomats=BELGOV/Belgium", ""},
		{"the region's own state in its own clause is the other party", "2003-03-03", []string{
			"Kenya's army chief met French officers.",
			"Ethiopia accused Uganda of arming the East African country."},
			"Ethiopia=ETH/Ethiopia; Uganda=UGA/Uganda; East African country=KEN/Kenya", ""},
		{"a plain country keeps the country named last", "1995-03-02", []string{
			"France welcomed Nigeria's president on Monday.",
			"The country later expelled two Belgian diplomats."},
			"country=FRA/France; Belgian diplomats=BELGOV/Belgium", "country named last"},
	})
}
