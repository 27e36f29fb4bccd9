package pipeline

import "testing"

// TestHomeParty: an act between two parties that names no target, in a
// story that paired the source's country with another state, is an act at
// home when its sentence names a party of the source's own country that is
// no arm of the state (rebels, protesters, the opposition) and no one of
// another country: it falls on that party, not on the story's
// counterpart. Guards: a sentence that names no such party, or names the
// other country too, keeps the counterpart.
func TestHomeParty(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a refusal beside an appeal to the guerrillas", date: "1979-07-17",
			text:     "MANAGUA, Nicaragua (AP) — The United States cut off aid to Nicaragua on Monday.\n\nThe Nicaraguan government refused to step aside and called on the guerrillas to lay down their arms.\n",
			sentence: "refused to step aside", want: []string{"12 NICGOV>NICREB"}, not: []string{"12 NICGOV>USAGOV"}},
		{name: "a promise beside a plea to the protesters", date: "2003-10-13",
			text:     "LA PAZ, Bolivia (AP) — Chile rejected Bolivia's demand for access to the sea on Monday.\n\nThe Bolivian government promised a referendum on the gas project and asked the protesters to give it time.\n",
			sentence: "promised a referendum", want: []string{"03 BOLGOV>BOLOPP"}, not: []string{"03 BOLGOV>CHLGOV"}},
		{name: "riot squads withdrawn as the crowds calmed", date: "2014-09-29",
			text:     "HONG KONG (AP) — China warned Hong Kong on Monday against defying Beijing.\n\nThe Hong Kong government withdrew the riot squads from the streets, saying the crowds had calmed.\n",
			sentence: "withdrew the riot squads", want: []string{"08 HKGGOV>HKGCVL"}, not: []string{"08 HKGGOV>CHNGOV"}},
		{name: "a refusal beside the strikers", date: "2020-01-08",
			text:     "TBILISI, Georgia (AP) — Russia accused Georgia of provocations on Monday.\n\nThe Georgian government refused to negotiate, and striking miners blocked the highway.\n",
			sentence: "refused to negotiate", want: []string{"12 GEOGOV>GEOCVL"}, not: []string{"12 GEOGOV>RUSGOV"}},
		{name: "a threat to the rebels at home", date: "2021-03-02",
			text:     "ADDIS ABABA, Ethiopia (AP) — Ethiopia accused Sudan of occupying its land on Monday.\n\nThe Ethiopian government warned that it would crush the rebels in the north.\n",
			sentence: "would crush the rebels", want: []string{"13 ETHGOV>ETHREB"}, not: []string{"13 ETHGOV>SDNGOV"}},
		{name: "a rejection saying the protesters broke the law", date: "2020-10-15",
			text:     "BANGKOK (AP) — Cambodia accused Thailand of shelling its border villages on Monday.\n\nThe Thai government rejected the call for talks, saying the protesters had broken the law.\n",
			sentence: "rejected the call for talks", want: []string{"12 THAGOV>THAOPP"}, not: []string{"12 THAGOV>KHMGOV"}},
		{name: "police fire, saying students threw stones", date: "2019-05-15",
			text:     "NAIROBI, Kenya (AP) — Somalia recalled its ambassador from Kenya on Monday.\n\nKenyan police opened fire on Tuesday, saying the students had thrown stones.\n",
			sentence: "opened fire", want: []string{"18 KENCOP>KENCVL"}, not: []string{"18 KENCOP>SOMGOV"}},
		{name: "guard: forces on alert as citizens are urged to stay calm", date: "2017-08-30",
			text:     "SEOUL, South Korea (AP) — North Korean artillery shelled a South Korean island on Tuesday.\n\nSouth Korea's president urged citizens to stay calm and put the armed forces on alert.\n",
			sentence: "put the armed forces on alert", want: []string{"15 KORGOV>PRKGOV"}, not: []string{"15 KORGOV>KORCVL"}},
		{name: "guard: civilians wounded in a clause after the act", date: "2021-05-11",
			text:     "JERUSALEM (AP) — Hamas militants fired rockets at Israel on Monday.\n\nIsrael vowed to retaliate after the rockets wounded two Israeli civilians.\n",
			sentence: "vowed to retaliate", want: []string{"13 ISR>PSEGOV"}, not: []string{"13 ISR>ISRCVL"}},
		{name: "guard: the state media that report it", date: "2019-05-15",
			text:     "DAMASCUS, Syria (AP) — The United States imposed new sanctions on Syria on Monday.\n\nSyria vowed to retaliate, state media reported.\n",
			sentence: "vowed to retaliate", want: []string{"13 SYR>USAGOV"}, not: []string{"13 SYR>SYRMED"}},
		{name: "guard: a recall names no party at home", date: "2020-10-02",
			text:     "YEREVAN, Armenia (AP) — Azerbaijani troops shelled Armenian villages on Monday.\n\nArmenia recalled its ambassador for consultations.\n",
			sentence: "recalled its ambassador", want: []string{"16 ARM>AZEGOV"}},
		{name: "guard: protesters of the other country", date: "2014-03-02",
			text:     "KYIV, Ukraine (AP) — Russia imposed sanctions on Ukraine on Monday.\n\nMoscow recalled its ambassador after protesters attacked its embassy in Kyiv.\n",
			sentence: "recalled its ambassador", want: []string{"16 RUSGOV>UKRGOV"}},
		{name: "guard: the other state named beside the party at home", date: "1979-07-17",
			text:     "MANAGUA, Nicaragua (AP) — The United States cut off aid to Nicaragua on Monday.\n\nThe Nicaraguan government refused to step aside, saying the guerrillas were armed by Washington.\n",
			sentence: "refused to step aside", not: []string{"12 NICGOV>NICREB"}},
	})
}
