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
