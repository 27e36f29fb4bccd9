package pipeline

import "testing"

// TestPartitives: a quantity word that is a sentence's whole subject
// ("Some", "Many", "Others", "Most of them") stands for the plural group of
// people named last, with its country and sector; one before a noun of its
// own ("Some analysts"), or with no group before, stands for no one.
func TestPartitives(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "some after protesters", date: "2024-03-04",
			text:     "LIMA (Reuters) - Thousands of protesters marched on Congress in Lima on Monday.\n\nSome hurled stones at riot police.\n",
			sentence: "Some hurled", want: []string{"14 PEROPP>*"}},
		{name: "many after students, across a sentence with police", date: "2024-03-04",
			text: "DHAKA (AP) - Hundreds of students blocked roads in Dhaka on Sunday.\n\nSome threw bricks at police officers.\n\n" +
				"Many were detained by police.\n",
			sentence: "Many were", want: []string{"17 BGDCOP>BGDCVL"}},
		{name: "others after demonstrators", date: "2024-03-04",
			text:     "TBILISI (AP) - Tens of thousands of demonstrators rallied outside parliament in Tbilisi on Tuesday.\n\nOthers set fire to police vans.\n",
			sentence: "Others set", want: []string{"* GEOOPP>*"}},
		{name: "most of them after strikers", date: "2024-03-04",
			text:     "NAIROBI (Reuters) - Striking doctors marched on the health ministry in Nairobi on Wednesday.\n\nMost of them attacked police with stones.\n",
			sentence: "Most of them", want: []string{"* KENCVL>*"}},
		{name: "some analysts name their own", date: "2024-03-04",
			text:     "LIMA (Reuters) - Thousands of protesters marched on Congress in Lima on Monday.\n\nSome analysts criticised the government.\n",
			sentence: "Some analysts", not: []string{"* PEROPP>*"}},
		{name: "no group before", date: "2024-03-04",
			text:     "ANKARA (Reuters) - Turkey raised interest rates on Thursday.\n\nMany criticised the central bank.\n",
			sentence: "Many criticised", not: []string{"* TUR>*", "* TURCVL>*"}},
		{name: "a group too long ago", date: "2024-03-04",
			text: "LIMA (Reuters) - Thousands of protesters marched on Congress in Lima on Monday.\n\nThe finance minister resigned on Tuesday.\n\n" +
				"The central bank cut rates on Wednesday.\n\nThe currency fell on Thursday.\n\nMany criticised the president.\n",
			sentence: "Many criticised", not: []string{"* PEROPP>*"}},
	})
}

// TestMeetingOfBody: an appeal or demand for a meeting, summit or
// session of a body is aimed at the body: the noun event's "of" phrase
// gives the target when it names an actor.
func TestMeetingOfBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "urgent meeting of the Security Council", date: d,
			text: "Sweden asked for an urgent meeting of the UN Security Council on Monday.", code: "026", want: "SWE>IGOUNO"},
		{name: "emergency summit of EU leaders", date: d,
			text: "Hungary called for an emergency summit of EU leaders on Friday.", code: "026", want: "HUN>IGOEUR"},
		{name: "extraordinary meeting of the Arab League", date: d,
			text: "Jordan called for an extraordinary meeting of the Arab League.", code: "026", want: "JOR>IGOARL"},
		{name: "session of the OSCE council", date: d,
			text: "Ukraine requested a special session of the OSCE permanent council.", code: "02", want: "UKR>IGOOSC"},
		{name: "meeting of NATO allies", date: d,
			text: "Estonia called for a meeting of NATO allies on Tuesday.", code: "026", want: "EST>IGONATO"},
		{name: "a meeting of minds aims at no one", date: d,
			text: "Chile called for a meeting of minds on trade.", code: "026", want: "CHL>"},
	})
}
