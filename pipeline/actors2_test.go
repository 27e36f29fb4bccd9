package pipeline

import "testing"

// TestEthnicPeoples: "ethnic" and a demonym name a people living outside
// the state the demonym names: civilians of the country where they live
// (the sentence's place, the story's country), never the demonym's own.
func TestEthnicPeoples(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "ethnic Turks in a Bulgarian story", date: "1989-06-02",
			text:     "SOFIA, Bulgaria (AP) — Police in Sofia cracked down on dissent on Monday.\n\nThousands of ethnic Turks protested in Kardzhali on Thursday.\n",
			sentence: "ethnic Turks protested", want: []string{"14 BGRCVL>*"}, not: []string{"14 TURCVL>*"}},
		{name: "police detain ethnic Albanians", date: "2001-03-02",
			text:     "SKOPJE, Macedonia (AP) — The government met on Monday.\n\nMacedonian police detained dozens of ethnic Albanians in Tetovo on Tuesday.\n",
			sentence: "detained dozens", want: []string{"17 MKDCOP>MKDCVL"}},
		{name: "rioters attack ethnic Chinese families", date: "1998-05-14",
			text:     "JAKARTA, Indonesia (AP) — Rioters attacked ethnic Chinese families in Jakarta on Wednesday.\n",
			sentence: "attacked ethnic Chinese", want: []string{"1 IDNCVL>IDNCVL"}, not: []string{"1 IDNCVL>CHNCVL"}},
		{name: "the ethnic Chinese as a noun", date: "1998-05-14",
			text:     "JAKARTA, Indonesia (AP) — Students marched in Jakarta on Monday.\n\nPolice arrested the ethnic Chinese in Medan on Wednesday.\n",
			sentence: "arrested the ethnic Chinese", want: []string{"17 IDNCOP>IDNCVL"}},
		{name: "ethnic Russians in a named state", date: "2014-05-02",
			text:     "Ethnic Russians in Latvia protested against the language law on Saturday.\n",
			sentence: "Ethnic Russians", want: []string{"14 LVACVL>*"}},
		{name: "a state's ethnic Armenians", date: "2023-09-28",
			text:     "Azerbaijan's ethnic Armenians protested against the blockade on Monday.\n",
			sentence: "ethnic Armenians", want: []string{"14 AZECVL>*"}},
		{name: "never the demonym's own state", date: "1989-06-02",
			text:     "ANKARA, Turkey (AP) — Turkish officials met in Ankara on Monday.\n\nTurkey's president said Turkey would protest.\n\nEthnic Turks protested on Tuesday.\n",
			sentence: "Ethnic Turks protested", not: []string{"14 TURCVL>*"}},
	})
}

// TestNationalSocieties: a nationality before a Red Cross or Red Crescent
// society makes it that country's own NGO; named alone it is the movement.
func TestNationalSocieties(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Egyptian Red Crescent", date: "2023-10-21",
			text:     "CAIRO (AP) — Trucks from the Egyptian Red Crescent delivered food to Gaza on Saturday.\n",
			sentence: "Egyptian Red Crescent", want: []string{"07 NGOEGY>*"}},
		{name: "Turkish Red Crescent", date: "2023-02-10",
			text:     "The Turkish Red Crescent sent tents to Syria on Friday.\n",
			sentence: "Turkish Red Crescent", want: []string{"07 NGOTUR>*"}},
		{name: "Kenya Red Cross by the country's name", date: "2018-05-10",
			text:     "The Kenya Red Cross gave food aid to flood victims on Thursday.\n",
			sentence: "Kenya Red Cross", want: []string{"07 NGOKEN>*"}},
		{name: "American Red Cross", date: "2010-01-15",
			text:     "The American Red Cross sent medical aid to Haiti on Friday.\n",
			sentence: "American Red Cross", want: []string{"07 NGOUSA>*"}},
		{name: "the Red Cross alone has no country", date: "2010-01-15",
			text:     "The Red Cross sent medical aid to Haiti on Friday.\n",
			sentence: "Red Cross", want: []string{"07 NGO>*"}},
	})
}

// TestInternationalBodies: bodies the news names that answer to no state.
func TestInternationalBodies(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Interpol", date: "2015-06-09",
			text:     "Interpol issued an arrest warrant for Nigeria's former oil minister on Monday.\n",
			sentence: "Interpol", want: []string{"* IGO>*"}},
		{name: "OPCW", date: "2018-07-06",
			text:     "The OPCW accused Syrian forces of using chlorine in Douma.\n",
			sentence: "OPCW", want: []string{"11 IGO>SYRMIL"}},
		{name: "UNDP aid", date: "2018-07-06",
			text:     "The UNDP gave Yemen emergency aid on Monday.\n",
			sentence: "UNDP", want: []string{"07 IGOUNO>*"}},
		{name: "Norwegian Refugee Council", date: "2018-07-06",
			text:     "The Norwegian Refugee Council criticised Greece over the camps on Monday.\n",
			sentence: "Refugee Council", want: []string{"11 NGONOR>GRC"}},
	})
}

// TestLedForces: a force or mission that a country or body leads is
// theirs: "the Saudi-led coalition", "officers of the Australian-led
// mission"; such forces do not make a story the leader's.
func TestLedForces(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Saudi-led coalition", date: "2018-08-10",
			text:     "SANAA, Yemen (AP) — The Saudi-led coalition bombed a market in Saada on Thursday.\n",
			sentence: "Saudi-led", want: []string{"18 SAUMIL>*"}},
		{name: "U.S.-led forces", date: "2009-08-10",
			text:     "KABUL, Afghanistan (AP) — U.S.-led forces killed five insurgents near Kandahar on Monday.\n",
			sentence: "U.S.-led", want: []string{"19 USAMIL>AFGREB"}},
		{name: "officers of a country-led mission", date: "2006-04-20",
			text:     "HONIARA, Solomon Islands (AP) — Officers of the Australian-led regional assistance mission fired tear gas at rioters in Honiara on Tuesday.\n",
			sentence: "Officers of", want: []string{"1 AUSCOP>SLBCVL"}, not: []string{"1 SLBCOP>*"}},
		{name: "police from a mission", date: "2006-04-20",
			text:     "HONIARA, Solomon Islands (AP) — Police from the New Zealand-led mission arrested looters in Honiara on Tuesday.\n",
			sentence: "Police from", want: []string{"17 NZLCOP>*"}},
		{name: "a body-led force is the body", date: "2004-03-20",
			text:     "PRISTINA, Kosovo (AP) — NATO-led troops fired on rioters in Mitrovica on Friday.\n",
			sentence: "NATO-led", want: []string{"* IGONATO>*"}},
		{name: "a person-led force is the person's", date: "2019-04-20",
			text:     "TRIPOLI, Libya (AP) — Haftar-led forces shelled Tripoli on Saturday.\n",
			sentence: "Haftar-led", want: []string{"19 LBYMIL>*"}},
		{name: "the leader does not take the story", date: "2006-04-20",
			text: "HONIARA, Solomon Islands (AP) — Australian soldiers arrived in the Solomon Islands on Wednesday.\n\n" +
				"Officers of the Australian-led mission fired tear gas at rioters on Tuesday.\n\nAn Australian-led mission has kept order since 2003.\n\n" +
				"Police arrested dozens of people on Thursday.\n",
			sentence: "Police arrested", want: []string{"17 SLBCOP>SLBCVL"}},
	})
}

// TestInformants: sources and witnesses tell what happened and are no
// actors: their report is not their side's accusation.
func TestInformants(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "military sources of the victim's side", date: "2020-07-14",
			text:     "YEREVAN, Armenia (AP) — Armenian military sources said Azerbaijani troops shelled a village in Tavush on Monday.\n",
			sentence: "shelled", want: []string{"19 AZEMIL>*"}, not: []string{"11 ARMMIL>AZEMIL", "11 ARMGOV>AZEMIL"}},
		{name: "security sources in a city", date: "2019-02-14",
			text:     "Pakistani security sources in Islamabad said Indian troops fired across the line of control.\n",
			sentence: "fired across", not: []string{"11 PAKMIL>INDMIL", "11 PAK>INDMIL", "11 PAKGOV>INDMIL"}},
		{name: "witnesses", date: "2019-02-14",
			text:     "BEIRUT (AP) — Witnesses said Israeli jets bombed a village in southern Lebanon on Friday.\n",
			sentence: "bombed", want: []string{"19 ISRMIL>*"}, not: []string{"11 LBNCVL>ISRMIL"}},
		{name: "a source close to someone", date: "2019-02-14",
			text:     "A source close to the Kenyan president said Somali militants attacked a base.\n",
			sentence: "attacked", not: []string{"11 KENGOV>SOMUAF"}},
	})
}

// TestGenericParties: a party name parties of many countries bear
// ("Labour", "the Conservatives", "Democrats") is the story's country's
// party unless the story names the record's own country.
func TestGenericParties(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a gloss in parentheses in a Lithuanian story", date: "2020-10-12",
			text:     "VILNIUS, Lithuania (AP) — Lithuanians voted on Sunday.\n\nThe Homeland Union (Conservatives) accused the government of mismanaging the pandemic on Monday.\n",
			sentence: "accused the government", want: []string{"11 LTUPTY>LTUGOV"}, not: []string{"11 GBRPTY>*"}},
		{name: "Labour in an Israeli story", date: "1999-05-12",
			text:     "JERUSALEM (AP) — Israel's prime minister campaigned in Haifa on Monday.\n\nThe Labour Party criticised the government over the peace talks on Tuesday.\n",
			sentence: "criticised", want: []string{"11 ISRPTY>ISRGOV"}},
		{name: "a party with the sentence's nationality", date: "2021-05-12",
			text:     "The Democratic Party accused the Albanian government of rigging the vote.\n",
			sentence: "accused", want: []string{"11 ALBPTY>ALBGOV"}},
		{name: "the record's country when the story names it", date: "2023-12-12",
			text:     "KYIV, Ukraine (AP) — Republicans in the U.S. Senate criticised aid to Ukraine on Monday.\n",
			sentence: "criticised", want: []string{"11 USAPTY>*"}},
		{name: "the record's country in its own story", date: "2019-05-12",
			text:     "LONDON (AP) — The Conservatives accused Labour of lying on Monday.\n",
			sentence: "accused", want: []string{"11 GBRPTY>GBRPTY"}},
	})
}

// TestRegionLeaders: leaders or ministers named by a region ("West African
// leaders", "Southeast Asian ministers") are its bloc when the story names
// the bloc, before or after; else they stay of no country in particular.
func TestRegionLeaders(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "West African leaders, ECOWAS named after", date: "2023-07-31",
			text: "NIAMEY, Niger (AP) — West African leaders on Sunday imposed sanctions on the soldiers who seized power in Niger.\n\n" +
				"The heads of state of ECOWAS met in Abuja.\n",
			sentence: "imposed sanctions", want: []string{"16 IGOWAF>NERMIL"}},
		{name: "their pronoun too", date: "2023-07-31",
			text: "NIAMEY, Niger (AP) — West African leaders met on Sunday and said they would impose sanctions on Niger.\n\n" +
				"ECOWAS has 15 members.\n",
			sentence: "impose sanctions", want: []string{"16 IGOWAF>*"}, not: []string{"16 NERGOV>*"}},
		{name: "Southeast Asian ministers and ASEAN", date: "2021-10-16",
			text: "JAKARTA, Indonesia (AP) — Southeast Asian foreign ministers criticised Myanmar's military rulers on Friday.\n\n" +
				"ASEAN barred the junta's leader from its summit.\n",
			sentence: "criticised", want: []string{"11 IGOASN>MMRGOV"}},
		{name: "European leaders and the EU", date: "2023-06-16",
			text:     "BRUSSELS (AP) — European leaders criticised Hungary on Friday.\n\nThe European Union froze funds last year.\n",
			sentence: "criticised", want: []string{"11 IGOEUR>HUN"}},
		{name: "no bloc named: no one in particular", date: "2023-06-16",
			text:     "BRUSSELS (AP) — European leaders criticised Hungary on Friday.\n\nBelgium's prime minister spoke in Brussels.\n",
			sentence: "criticised", want: []string{"11 GOV>HUN"}},
	})
}

// TestRulingOfficers: unnamed officers who run a country, or ousted its
// rulers, are its military, not its police.
func TestRulingOfficers(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "officers now running the country", date: "2023-07-31",
			text:     "NIAMEY, Niger (AP) — Chad's president met the officers now running Niger on Sunday.\n",
			sentence: "officers now running", want: []string{"04 TCDGOV>NERMIL"}},
		{name: "officers who ousted the president", date: "2021-02-02",
			text:     "YANGON, Myanmar (AP) — Washington threatened sanctions against the officers who ousted the elected government.\n",
			sentence: "ousted", want: []string{"13 USAGOV>MMRMIL"}},
		{name: "officers who seized power", date: "2021-09-06",
			text:     "CONAKRY, Guinea (AP) — The African Union condemned the officers who seized power in Conakry on Sunday.\n",
			sentence: "condemned", want: []string{"11 IGOAFR>GINMIL"}},
		{name: "officers ruling, past tense", date: "2022-10-03",
			text:     "OUAGADOUGOU, Burkina Faso (AP) — France urged the officers who ruled Burkina Faso to hold elections.\n",
			sentence: "urged", want: []string{"02 FRA>BFAMIL"}},
		{name: "officers doing other things stay police", date: "2022-10-03",
			text:     "OUAGADOUGOU, Burkina Faso (AP) — Officers arrested two journalists on Monday.\n",
			sentence: "arrested", want: []string{"17 BFACOP>*"}},
		{name: "police officers are police", date: "2022-10-03",
			text:     "OUAGADOUGOU, Burkina Faso (AP) — Police officers who ousted the squatters arrested two men on Monday.\n",
			sentence: "arrested", not: []string{"17 BFAMIL>*"}},
	})
}
