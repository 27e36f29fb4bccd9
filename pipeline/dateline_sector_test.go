package pipeline

import "testing"

// TestPluralAgentOfTheDateline: "the generals", "the officers" with no
// country, resolved by their sector, are the dateline country's when the
// story named that sector of it, though another country's was named since
// ("India put its troops on alert"); a story with no dateline, or filed from
// a desk abroad, keeps the one named last.
func TestPluralAgentOfTheDateline(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "the generals after a coup, South Asia", date: "1999-10-13",
			text:     "ISLAMABAD, Pakistan (AP) — Pakistan's army seized power on Tuesday.\n\nIndia put its troops along the border on alert.\n\nThe opposition leader urged the generals to hold elections.\n",
			sentence: "urged the generals", want: []string{"02 PAKOPP>PAKMIL"}, not: []string{"02 PAKOPP>INDMIL"}},
		{name: "the generals after a coup, South-East Asia", date: "2014-05-23",
			text:     "BANGKOK, Thailand (AP) — Thailand's army seized power on Thursday.\n\nCambodia put its troops along the border on alert.\n\nStudent leaders urged the generals to step down.\n",
			sentence: "urged the generals", want: []string{"02 THAOPP>THAMIL"}, not: []string{"02 THAOPP>KHMMIL"}},
		{name: "the generals after a detention, Myanmar", date: "2021-02-03",
			text:     "YANGON, Myanmar (AP) — Myanmar's military detained Aung San Suu Kyi on Monday.\n\nChinese troops held drills near the border.\n\nThe United States urged the generals to free her.\n",
			sentence: "urged the generals", want: []string{"02 USA>MMRMIL"}, not: []string{"02 USA>CHNMIL"}},
		{name: "the generals after a removal, North Africa", date: "2013-07-04",
			text:     "CAIRO (AP) — Egypt's army removed the president on Wednesday.\n\nIsraeli troops went on alert along the border.\n\nWashington urged the generals to hand over power.\n",
			sentence: "urged the generals", want: []string{"02 USAGOV>EGYMIL"}, not: []string{"02 USAGOV>ISRMIL"}},
		{name: "the generals after a takeover, West Africa", date: "2023-07-28",
			text:     "NIAMEY, Niger (AP) — Niger's army seized power on Wednesday.\n\nNigerian troops went on alert along the border.\n\nThe African Union urged the generals to restore civilian rule.\n",
			sentence: "urged the generals", want: []string{"02 IGOAFR>NERMIL"}, not: []string{"02 IGOAFR>NGAMIL"}},
		{name: "a story filed from a desk abroad: not the dateline's", date: "2021-10-26",
			text:     "NAIROBI, Kenya (AP) — Sudan's army seized power on Monday.\n\nKenya's army closed the border.\n\nEgyptian troops went on alert.\n\nThe African Union urged the generals to restore civilian rule.\n",
			sentence: "urged the generals", not: []string{"02 IGOAFR>KENMIL"}},
		{name: "no dateline: the one named last", date: "1999-10-13",
			text:     "Pakistan's army seized power on Tuesday.\n\nIndia put its troops along the border on alert.\n\nThe opposition leader urged the generals to hold elections.\n",
			sentence: "urged the generals", not: []string{"02 PAKOPP>PAKMIL"}},
	})
}
