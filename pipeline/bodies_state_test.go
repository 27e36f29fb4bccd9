package pipeline

import "testing"

// TestBodiesState: state bodies known by their own names
// (bodies-state.txt: legislatures, courts, juntas, intelligence and
// security services, electoral commissions, state news agencies) are their
// country's, with their sector, whatever country the story is from; a junta
// rules only for its dates; names many countries' bodies bear, and words
// that only look like a body's name, name no one's in particular.
func TestBodiesState(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		// legislatures
		{name: "the Bundestag and the Duma", date: "2014-03-20",
			text:     "BERLIN (AP) — The Bundestag condemned the State Duma on Thursday for approving the annexation.\n",
			sentence: "condemned the State Duma", want: []string{"11 DEULEG>RUSLEG"}},
		{name: "the Verkhovna Rada appeals to the Sejm", date: "2022-03-02",
			text:     "KYIV, Ukraine (AP) — The Verkhovna Rada appealed to the Sejm for help on Wednesday.\n",
			sentence: "appealed to", want: []string{"* UKRLEG>POLLEG"}},
		{name: "the Lok Sabha passes, the Majlis votes", date: "2019-08-06",
			text:     "NEW DELHI (AP) — The Lok Sabha criticized Pakistan on Tuesday, a day after Iran's Majlis criticized the United States.\n",
			sentence: "Lok Sabha criticized", want: []string{"11 INDLEG>PAK", "11 IRNLEG>USA"}},
		// courts and councils of Iran
		{name: "the Guardian Council bars candidates", date: "2021-05-26",
			text:     "TEHRAN, Iran (AP) — Iran's Guardian Council barred reformist candidates from the election, and the Assembly of Experts praised the decision.\n",
			sentence: "barred reformist", want: []string{"* IRNGOV>*"}},
		{name: "the Supreme Court of Pakistan orders", date: "2012-06-19",
			text:     "ISLAMABAD (AP) — The Supreme Court of Pakistan accused the prime minister of contempt on Tuesday.\n",
			sentence: "accused the prime minister", want: []string{"11 PAKJUD>*"}},
		// juntas, by date
		{name: "Niger's CNSP expels the French ambassador", date: "2023-08-25",
			text:     "NIAMEY, Niger (AP) — The National Council for the Safeguard of the Homeland ordered France's ambassador to leave the country.\n",
			sentence: "ordered France", want: []string{"* NERGOV>FRAGOV"}},
		{name: "Mali's CNSP in 2020", date: "2020-08-25",
			text:     "BAMAKO, Mali (AP) — The CNSP met ECOWAS mediators in Bamako on Monday.\n",
			sentence: "met ECOWAS", want: []string{"04 MLIGOV>IGOWAF"}},
		{name: "Guinea's CNRD and Burkina's MPSR", date: "2022-02-10",
			text:     "CONAKRY, Guinea (AP) — The CNRD welcomed the MPSR's delegation on Thursday.\n",
			sentence: "welcomed", want: []string{"* GINGOV>BFAGOV"}},
		{name: "Sudan's Transitional Military Council", date: "2019-06-05",
			text:     "KHARTOUM, Sudan (AP) — The Transitional Military Council rejected the African Union's demand on Wednesday.\n",
			sentence: "rejected", want: []string{"12 SDNGOV>IGOAFR"}},
		{name: "Egypt's SCAF rules in 2011", date: "2011-08-05",
			text:     "CAIRO (AP) — The Supreme Council of the Armed Forces warned protesters in Tahrir Square on Friday.\n",
			sentence: "warned protesters", want: []string{"* EGYGOV>EGYOPP"}},
		// intelligence and security services
		{name: "Shin Bet arrests, Mossad accused", date: "2016-04-12",
			text:     "JERUSALEM (AP) — The Shin Bet security service arrested two Palestinians in Hebron on Tuesday.\n",
			sentence: "arrested two", want: []string{"17 ISRSPY>PSECVL"}},
		{name: "Iran accuses the Mossad and the CIA", date: "2020-11-30",
			text:     "TEHRAN, Iran (AP) — Iran accused the Mossad of killing its top nuclear scientist.\n",
			sentence: "accused the Mossad", want: []string{"11 IRN>ISRSPY"}},
		{name: "the FBI arrests, MI6 warns", date: "2018-03-14",
			text:     "WASHINGTON (AP) — The FBI arrested a Russian spy in Virginia on Wednesday.\n",
			sentence: "arrested a Russian", want: []string{"17 USACOP>RUS"}},
		{name: "the FSB and the SBU", date: "2022-10-12",
			text:     "MOSCOW (AP) — The FSB accused Ukraine's SBU of plotting the bridge attack.\n",
			sentence: "accused", want: []string{"11 RUSSPY>UKRSPY"}},
		{name: "Pakistan's ISI and Afghanistan's NDS", date: "2017-06-01",
			text:     "KABUL, Afghanistan (AP) — The National Directorate of Security blamed the ISI for the truck bombing in Kabul.\n",
			sentence: "blamed the ISI", want: []string{"11 AFGSPY>PAKSPY"}},
		{name: "the IDF strikes, the PLA drills", date: "2021-05-12",
			text:     "JERUSALEM (AP) — The IDF struck Hamas positions in Gaza on Wednesday.\n",
			sentence: "struck Hamas", want: []string{"* ISRMIL>PSERAD"}},
		{name: "Rosgvardia detains protesters", date: "2021-01-23",
			text:     "MOSCOW (AP) — Rosgvardia troops detained hundreds of protesters in Moscow on Saturday.\n",
			sentence: "detained hundreds", want: []string{"17 RUSCOP>RUSOPP"}},
		{name: "Britain's Foreign Office summons the envoy", date: "2018-03-15",
			text:     "LONDON (AP) — The Foreign and Commonwealth Office summoned Russia's ambassador on Thursday.\n",
			sentence: "summoned", want: []string{"* GBRGOV>RUSGOV"}},
		{name: "the Belarusian KGB is Belarus's", date: "2021-05-24",
			text:     "MINSK, Belarus (AP) — The Belarusian KGB arrested an opposition blogger on Monday.\n",
			sentence: "arrested", want: []string{"17 BLRSPY>*"}, not: []string{"17 RUSSPY>*"}},
		// electoral commissions
		{name: "Kenya's IEBC and Nigeria's INEC", date: "2017-09-05",
			text:     "NAIROBI, Kenya (AP) — The opposition accused the IEBC of rigging the vote.\n",
			sentence: "rigging", want: []string{"11 KENOPP>KENGOV"}},
		{name: "INEC postpones the vote", date: "2019-02-16",
			text:     "ABUJA, Nigeria (AP) — The ruling party criticized INEC for postponing the election on Saturday.\n",
			sentence: "criticized INEC", want: []string{"11 NGAPTY>NGAGOV"}},
		// state news agencies
		{name: "Xinhua and KCNA as targets", date: "2017-08-10",
			text:     "SEOUL, South Korea (AP) — North Korea's army threatened Guam, KCNA reported. Seoul condemned Xinhua for praising the threat.\n",
			sentence: "condemned Xinhua", want: []string{"11 KORGOV>CHNMED"}},
		{name: "Israel bans WAFA", date: "2021-05-12",
			text:     "RAMALLAH, West Bank (AP) — Israeli troops raided the offices of WAFA in Ramallah on Wednesday.\n",
			sentence: "raided", not: []string{"* PSEMED>*"}},
		// look-alikes: generic names and words
		{name: "Libya's Rada force is not Ukraine's parliament", date: "2022-05-05",
			text:     "TRIPOLI, Libya (AP) — Rada fighters attacked a rival militia in Tripoli on Thursday.\n",
			sentence: "attacked a rival", not: []string{"* UKRLEG>*"}},
		{name: "ice is not ICE", date: "2024-01-20",
			text:     "MOSCOW (AP) — Russian troops crossed the ice and attacked Ukrainian positions.\n",
			sentence: "crossed the ice", not: []string{"* *>USACOP", "* USACOP>*"}},
		{name: "a Constitutional Council is the story's own", date: "2020-11-09",
			text:     "ABIDJAN, Ivory Coast (AP) — The Constitutional Council rejected the opposition's appeal on Monday.\n",
			sentence: "rejected", not: []string{"* FRAJUD>*", "* PAKJUD>*"}},
		{name: "Pakistan's Foreign Office is not Britain's", date: "2019-01-04",
			text:     "ISLAMABAD (AP) — Pakistan's Foreign Office summoned India's deputy high commissioner on Friday.\n",
			sentence: "summoned", not: []string{"* GBRGOV>*"}},
		{name: "a Supreme Court is the story's own", date: "2019-09-24",
			text:     "LONDON (AP) — The Supreme Court ruled against Prime Minister Boris Johnson on Tuesday.\n",
			sentence: "ruled", not: []string{"* PAKJUD>*", "* INDJUD>*", "* USAJUD>*"}},
	})
}
