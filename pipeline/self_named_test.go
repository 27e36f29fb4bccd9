package pipeline

import "testing"

// TestSelfNamedGroup: "a group calling itself X", "a militia known as X",
// "a movement called X" is the body X when the knowledge or the story knows
// it, so what the group does has a party.
func TestSelfNamedGroup(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a group calling itself a front seizes power", date: "1989-12-22",
			text:     "BUCHAREST, Romania (AP) — A group calling itself the National Salvation Front seized power on Friday.\n",
			sentence: "seized", want: []string{"17 ROUPTY>ROUGOV"}},
		{name: "a group calling itself by a party's name fires rockets", date: "2006-07-16",
			text:     "BEIRUT, Lebanon (AP) — A group calling itself Hezbollah fired rockets at northern Israel on Sunday.\n",
			sentence: "fired", want: []string{"19 LBNRAD>ISR"}},
		{name: "a faction calling itself by a movement's name attacks", date: "2010-06-01",
			text:     "KANDAHAR, Afghanistan (AP) — A faction calling itself the Taliban attacked a police post on Tuesday.\n",
			sentence: "attacked", want: []string{"19 AFGREB>AFGCOP"}},
		{name: "a sect calling itself Boko Haram attacks a police station", date: "2011-06-07",
			text:     "MAIDUGURI, Nigeria (AP) — A sect calling itself Boko Haram attacked a police station in Maiduguri on Tuesday.\n",
			sentence: "attacked", want: []string{"19 NGARAD>NGACOP"}},
		{name: "a militia calling itself al-Shabab attacks troops", date: "2009-05-12",
			text:     "MOGADISHU, Somalia (AP) — A militia calling itself al-Shabab attacked government troops on Tuesday.\n",
			sentence: "attacked", want: []string{"19 SOMRAD>SOMMIL"}},
		{name: "an armed group styling itself an army attacks a village", date: "2008-12-25",
			text:     "KAMPALA, Uganda (AP) — An armed group styling itself the Lord's Resistance Army attacked a village in northern Uganda on Thursday.\n",
			sentence: "attacked", want: []string{"* UGAREB>UGACVL"}},
		{name: "a militia known as a party, as before", date: "2006-07-16",
			text:     "BEIRUT, Lebanon (AP) — A militia known as Hezbollah fired rockets at northern Israel on Sunday.\n",
			sentence: "fired", want: []string{"19 LBNRAD>ISR"}},
		{name: "a man named after no body is left alone", date: "2009-05-12",
			text:     "MOGADISHU, Somalia (AP) — A man named Ahmed Ali attacked a police officer on Tuesday.\n",
			sentence: "attacked", not: []string{"19 SOMRAD>SOMCOP"}},
	})
}
