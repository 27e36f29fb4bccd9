package pipeline

import "testing"

// TestPactsAccords: a pact or an accord "between A and B", or "with" another, is a signed agreement (057), as a deal and a treaty are, in any frame that tells it was made.
func TestPactsAccords(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a pact between two states signed", d, "A defence pact between Saudi Arabia and Pakistan was signed in Riyadh.", "057", "SAU>PAK", ""},
		{"an accord with a neighbour drew protests", d, "Japan's accord with South Korea on wartime labourers drew protests.", "057", "JPN>KOR", ""},
		{"a pact between two states took effect", d, "The new security pact between Australia and Indonesia took effect on Monday.", "057", "AUS>IDN", ""},
		{"an accord with a neighbour angered a third", d, "Turkey's accord with Libya on maritime borders angered Greece.", "057", "TUR>LBY", ""},
		{"a non-aggression pact signed", d, "A non-aggression pact between Iraq and Iran was signed in Baghdad.", "057", "IRQ>IRN", ""},
		{"a pact with a state came into force", d, "Russia's pact with North Korea came into force in December.", "057", "RUS>PRK", ""},
	})
}

// TestOnslaught: an onslaught is an attack (190), aimed by "on" or "against".
func TestOnslaught(t *testing.T) {
	testLexRows(t, []lexRow{
		{"an army's onslaught launched against rebels", d, "The army launched a fresh onslaught against the Tigrayan rebels.", "190", "MIL>REB", ""},
		{"a state's onslaught entered a month", d, "Israel's onslaught on Gaza entered its tenth month.", "190", "ISR>PSE", ""},
		{"a state's onslaught against cities", d, "Russia's onslaught against Ukrainian cities continued overnight.", "190", "RUS>UKR", ""},
		{"mounted an onslaught", d, "Azerbaijan mounted an onslaught on Armenian positions.", "190", "AZE>ARM", ""},
		{"paramilitaries unleashed an onslaught", d, "Sudan's paramilitaries unleashed an onslaught against the army in Khartoum.", "190", "SDNMIL>SDNMIL", ""},
	})
}

// TestPicket: a picket staged or held is a demonstration (141).
func TestPicket(t *testing.T) {
	testLexRows(t, []lexRow{
		{"teachers staged a picket", d, "Teachers in Lagos staged a picket outside the education ministry.", "141", "NGACVL>NGAGOV", ""},
		{"nurses held a picket", d, "Nurses in Britain held a picket outside the hospital on Tuesday.", "141", "GBRCVL>GBRGOV", ""},
		{"miners mounted a picket", d, "Striking miners in South Africa mounted a picket at the Marikana mine.", "141", "ZAFCVL>ZAFGOV", ""},
		{"dockworkers staged pickets", d, "Dockworkers in Chile staged pickets at the port of Valparaiso.", "141", "CHLCVL>CHLGOV", ""},
		{"a picket against an embassy", d, "Activists held a picket against the Russian embassy in Riga.", "141", "LVAOPP>RUSGOV", ""},
	})
}

// TestLootingNoun: the looting of shops or businesses is a riot (145), as the verb is; of anything else, destruction of property (1712).
func TestLootingNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"shops looted by rioters", d, "The looting of shops by rioters in Durban continued overnight.", "145", "ZAFCVL>ZAFBUS", ""},
		{"supermarkets looted by protesters", d, "The looting of supermarkets by protesters in Caracas spread to other cities.", "145", "VENOPP>VENBUS", ""},
		{"businesses looted by rioters", d, "The looting of businesses by rioters in Paris drew condemnation.", "145", "FRACVL>FRABUS", ""},
		{"a museum looted by militants", d, "The looting of the museum by Islamic State militants shocked the world.", "1712", "IMGRAD>", ""},
		{"villages looted by soldiers", d, "Soldiers carried out the looting of villages in Darfur.", "1712", "SDNMIL>SDNCVL", ""},
	})
}

// TestRatificationNoun: the ratification of a treaty or a bid by a body is the agreement signed (057), as ratify is.
func TestRatificationNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a treaty ratified by a parliament", d, "The ratification of the treaty by the Turkish parliament cleared Sweden's path.", "057", "TURLEG>", ""},
		{"a state's ratification of a bid", d, "Hungary's ratification of Sweden's NATO bid came in February.", "057", "HUN>", ""},
		{"a ratification approved", d, "The Kenyan parliament approved the ratification of the trade deal with Britain.", "057", "KENLEG>GBR", ""},
		{"a treaty with another state", d, "The Senate's ratification of the peace treaty with Japan came in 1952.", "057", "LEG>JPN", ""},
		{"an accord ratified by a parliament", d, "Ratification of the accord by the Ukrainian parliament followed in March.", "057", "UKRLEG>", ""},
	})
}

// TestSummoningNoun: the summoning of an envoy is the summons (114), aimed at the envoy's state, by its possessor or "by" phrase.
func TestSummoningNoun(t *testing.T) {
	testLexRows(t, []lexRow{
		{"by a state", d, "The summoning of the Russian ambassador by Poland followed the drone incursion.", "114", "POL>RUSGOV", ""},
		{"a state's, judged", d, "Britain's summoning of the Chinese envoy drew a rebuke from Beijing.", "114", "GBR>CHNGOV", ""},
		{"by a state, after remarks", d, "The summoning of the French ambassador by Algeria came after the remarks.", "114", "DZA>FRAGOV", ""},
		{"a charge d'affaires", d, "Turkey's summoning of the Swedish charge d'affaires followed the protest.", "114", "TUR>SWEGOV", ""},
		{"on a day", d, "Iran's summoning of the British ambassador came on Sunday.", "114", "IRN>GBRGOV", ""},
	})
}

// TestCoercionNounsOf: nouns of coercion with their patient after "of" and their doer as possessor or after "by": an eviction (174), a purge (172), harassment and intimidation (170), an interrogation (090).
func TestCoercionNounsOf(t *testing.T) {
	testLexRows(t, []lexRow{
		{"eviction of families by authorities", d, "The eviction of Palestinian families by Israeli authorities drew condemnation.", "174", "ISRGOV>PSECVL", ""},
		{"eviction of families by police", d, "The eviction of Roma families by Bulgarian police took place on Tuesday.", "174", "BGRCOP>BGRCVL", ""},
		{"a leader's purge of the army", d, "Xi's purge of the army leadership continued.", "172", "CHNGOV>CHNMIL", ""},
		{"a leader's purge of the judiciary", d, "Erdogan's purge of the judiciary began after the coup attempt.", "172", "TURGOV>TURJUD", ""},
		{"harassment of activists by police", d, "The harassment of opposition activists by Zimbabwean police continued.", "170", "ZWECOP>ZWEOPP", ""},
		{"harassment of journalists by authorities", d, "The harassment of journalists by Belarusian authorities intensified.", "170", "BLRGOV>BLRMED", ""},
		{"intimidation of voters by militias", d, "The intimidation of voters by ZANU-PF militias marred the election.", "170", "ZWEPTY>ZWECVL", ""},
		{"intimidation of activists by police", d, "The intimidation of Uyghur activists by Chinese police spread abroad.", "170", "CHNCOP>CHNOPP", ""},
		{"interrogation of a journalist", d, "The interrogation of the journalist by Iranian intelligence lasted hours.", "090", "IRNSPY>IRNMED", ""},
	})
}

// TestProtestHeldAtMission: a protest, rally, vigil or sit-in staged or
// held outside, near or at a foreign state's mission is aimed at that
// state, as one demonstrated there is; one outside a body at home keeps the
// home government.
func TestProtestHeldAtMission(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a protest held outside an embassy", d, "Armenian activists held a protest outside the Russian embassy in Yerevan.", "141", "ARMOPP>RUSGOV", ""},
		{"a demonstration staged outside an embassy", d, "Iranian students staged a demonstration outside the British embassy in Tehran.", "141", "IRNCVL>GBRGOV", ""},
		{"a rally held outside an embassy", d, "Hundreds of Serbs held a rally outside the US embassy in Belgrade.", "141", "SRBCVL>USAGOV", ""},
		{"a vigil organised abroad", d, "Ukrainian refugees organised a vigil outside the Russian embassy in Warsaw.", "141", "UKRREF>RUSGOV", ""},
		{"a protest staged near an embassy", d, "Filipino fishermen staged a protest near the Chinese embassy in Manila.", "141", "PHLCVL>CHNGOV", ""},
		{"a sit-in at a high commission", d, "Kenyan activists held a sit-in at the Ugandan high commission in Nairobi.", "141", "KENOPP>UGAGOV", ""},
		{"a protest outside a parliament at home", d, "Students held a protest outside the parliament in Nairobi.", "141", "KENCVL>KENGOV", ""},
	})
}
