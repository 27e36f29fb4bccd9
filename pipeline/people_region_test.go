package pipeline

import "testing"

// TestAfricaMideastLeaders: heads of state and government, prime ministers and
// ministers of Africa and the Middle East are known by full name, by a
// distinctive surname and by the story's date; a surname another famous
// bearer shares, or a common one, stands alone for no one.
func TestAfricaMideastLeaders(t *testing.T) {
	runPersonRows(t, []personRow{
		{name: "a prime minister by full name", date: "2008-03-04",
			text:    "PORT LOUIS, Mauritius (AP) — Prime Minister Navin Ramgoolam met the French envoy on Tuesday.\n",
			mention: "Prime Minister Navin Ramgoolam", want: "MUSGOV"},
		{name: "a president as object of a passive", date: "2010-06-02",
			text:    "VICTORIA, Seychelles (AP) — The envoy was received by President James Michel on Wednesday.\n",
			mention: "President James Michel", want: "SYCGOV"},
		{name: "a common surname after the full name", date: "2010-06-02",
			text:    "VICTORIA, Seychelles (AP) — President James Michel met the envoy on Wednesday. Michel said the talks went well.\n",
			mention: "Michel", want: "SYCGOV"},
		{name: "a surname of two words after the full name", date: "2021-05-11",
			text:    "NOUAKCHOTT, Mauritania (AP) — Prime Minister Mohamed Ould Bilal spoke on Tuesday. Ould Bilal said the government would raise wages.\n",
			mention: "Ould Bilal", want: "MRTGOV"},
		{name: "a distinctive surname alone", date: "2019-08-14",
			text:    "DODOMA, Tanzania (AP) — Majaliwa said on Wednesday that the roads would be repaired.\n",
			mention: "Majaliwa", want: "TZAGOV"},
		{name: "a surname in the 1990s", date: "1996-05-14",
			text:    "DAR ES SALAAM, Tanzania (AP) — Sumaye told parliament on Tuesday that taxes would fall.\n",
			mention: "Sumaye", want: "TZAGOV"},
		{name: "a transitional president after a coup", date: "2025-12-01",
			text:    "BISSAU, Guinea-Bissau (AP) — General Horta N'Tam named a new government on Monday.\n",
			mention: "General Horta N'Tam", want: "GNBGOV"},
		{name: "a former prime minister", date: "2023-02-07",
			text:    "ALGIERS, Algeria (AP) — Abdelaziz Djerad, a former prime minister, said he would not run.\n",
			mention: "Abdelaziz Djerad", want: "DZAGOV"},
		{name: "a defence minister in the subject", date: "2016-03-08",
			text:    "NAIROBI, Kenya (AP) — Defence Secretary Raychelle Omamo visited troops in Somalia.\n",
			mention: "Defence Secretary Raychelle Omamo", want: "KENGOV"},
		{name: "a surname a businessman shares", date: "2020-01-09",
			text:    "BEIRUT (AP) — Ghosn said on Wednesday that he had fled Japan to escape injustice.\n",
			mention: "Ghosn", want: ""},
		{name: "a country's name before a company's", date: "2024-05-02",
			text:    "PARIS (AP) — France Televisions said on Thursday that the debate would go ahead.\n",
			mention: "France Televisions", want: ""},
	})
}
