package actor

import (
	"testing"
)

// TestMentionCategories holds one table per category of resolution error
// seen when coding news sentences; each row is a general case of it.
// storyRow is a story (its earlier sentences, then the one checked), the
// day it is read on, and the mentions of its last sentence as render
// writes them.
type storyRow struct {
	name  string
	on    string
	story []string // earlier sentences of the story, then the one checked
	want  string
}

// runStoryRows checks each row's last sentence's mentions.
func runStoryRows(t *testing.T, tests []storyRow) {
	t.Helper()
	d := dict(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(lastMentions(d, tt.on, tt.story), false); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.story[len(tt.story)-1], got, tt.want)
			}
		})
	}
}

func TestMentionCategories(t *testing.T) {
	runStoryRows(t, []storyRow{
		// 1. an unknown titled person with the country after the name
		{"king of", "1990-05-01", []string{"King Mswati Dlamini of Swaziland said the vote would go ahead."}, "King Mswati Dlamini of Swaziland=SWZGOV"},
		{"prime minister of", "1990-05-01", []string{"Prime Minister Anil Perera of Sri Lanka arrived on Monday."}, "Prime Minister Anil Perera of Sri Lanka=LKAGOV"},
		{"general of", "1990-05-01", []string{"Gen. Ramon Ortiz of Guatemala denied the report."}, "Gen. Ramon Ortiz of Guatemala=GTMMIL"},
		{"president of the", "1990-05-01", []string{"President Tomas Varga of the Czech Republic visited Vienna."}, "President Tomas Varga of the Czech Republic=CZEGOV"},
		{"known person of", "1990-05-01", []string{"President Hafez al-Assad of Syria spoke."}, "President Hafez al-Assad of Syria=SYRGOV"},
		{"of a country's city is not the country", "1990-05-01", []string{"Mayor Ivan Horak of Slovakia's capital spoke."}, "Mayor Ivan Horak=GOV"},

		// 2. a comma does not join a country to the title after it
		{"comma before title", "1991-05-01", []string{"Canada will send engineers to the force in Haiti, Foreign Minister Aldo Brandt said."}, "Canada=CAN; Foreign Minister Aldo Brandt=GOV"}, // a lone "force" is no agent: "the use of force"
		{"comma before agent", "1991-05-01", []string{"The strike spread across Chile, officials said."}, "officials=GOV"},
		{"comma list of adjectives still joins", "1991-05-01", []string{"Polish, Czech and Slovak officials met."}, "Polish=POLGOV; Czech=CZEGOV; Slovak officials=SVKGOV"},
		{"comma list of countries before agent", "1991-05-01", []string{"Norway, Sweden and Denmark officials met."}, "Norway=NORGOV; Sweden=SWEGOV; Denmark officials=DNKGOV"},

		// 3. a title after a nationality keeps the nationality
		{"surname that is an agent noun", "1990-05-01", []string{"Australian Foreign Minister Gareth Evans and British Defence Secretary Tom King spoke."}, "Australian Foreign Minister Gareth Evans=AUSGOV; British Defence Secretary Tom King=GBRGOV"},
		{"first name that is a place", "1990-05-01", []string{"Canadian Foreign Secretary Douglas Ferrier spoke."}, "Canadian Foreign Secretary Douglas Ferrier=CANGOV"},
		{"portfolio", "1990-05-01", []string{"Sudanese Information Minister Omar Hamid spoke."}, "Sudanese Information Minister Omar Hamid=SDNGOV"},
		{"two-word portfolio", "1990-05-01", []string{"Planning and Investment Minister Le Van Tam met Thai Trade Secretary Somchai Wongsa."}, "Planning and Investment Minister Le Van Tam=GOV; Thai Trade Secretary Somchai Wongsa=THAGOV"},
		{"chief of staff", "1990-05-01", []string{"Iraqi Army Chief of Staff Nizar Khazraji spoke."}, "Iraqi Army Chief of Staff Nizar Khazraji=IRQMIL"},
		{"secretary of state", "1990-05-01", []string{"Portuguese Secretary of State Jose Durao spoke."}, "Portuguese Secretary of State Jose Durao=PRTGOV"},
		{"secretary-general of a body", "1990-05-01", []string{"OAU Secretary-General Salim Ahmed spoke."}, "OAU Secretary-General Salim Ahmed=IGOAFR"},
		{"two countries then a titled name", "1990-05-01", []string{"Chile and Peru Foreign Minister Carlos Vidal met."}, "Chile=CHL; Peru Foreign Minister Carlos Vidal=PERGOV"},
		{"a weekday is no portfolio", "1990-05-01", []string{"On Tuesday Foreign Minister Carlos Vidal spoke."}, "Foreign Minister Carlos Vidal=GOV"},

		// 4. they, their, them, it, its
		{"they: plural agent", "1996-05-01", []string{"Turkish troops crossed into Iraq on Monday.", "They said they would stay a week."}, "They=TURMIL; they=TURMIL"},
		{"their forces", "1996-05-01", []string{"Armenian officials said their forces had withdrawn."}, "Armenian officials=ARMGOV; their forces=ARMMIL"},
		{"it: country subject", "1996-05-01", []string{"Vietnam said it would free the prisoners."}, "Vietnam=VNM; it=VNM; prisoners="}, // people held alone: no one until Settle finds them acting (heldAlone)
		{"its army", "1996-05-01", []string{"Ecuador accused Peru of massing troops.", "It said its army was ready."}, "It=ECU; its army=ECUMIL"},
		{"them: rebels", "1996-05-01", []string{"Guerrillas attacked a convoy and police chased them."}, "Guerrillas=REB; police=COP; them=REB"},
		{"rebels' own forces", "1996-05-01", []string{"The insurgents said their fighters had taken the town."}, "insurgents=REB; their fighters=REB"},
		{"its: body", "1996-05-01", []string{"The OAU said its envoys would go."}, "OAU=IGOAFR; its envoys=IGOAFR"},
		{"dummy it", "1996-05-01", []string{"Chile protested.", "It is unclear what happens next."}, ""},
		{"his government", "1996-05-01", []string{"Peruvian President Carlos Ruiz said his government would act."}, "Peruvian President Carlos Ruiz=PERGOV; his government=PERGOV"},
		{"object it is a thing", "1996-05-01", []string{"Zambia denied it."}, "Zambia=ZMB"},
		{"object them is not the subject", "1996-05-01", []string{"Rebels attacked.", "Soldiers chased them."}, "Soldiers=MIL; them=REB"},
		{"no referent", "1996-05-01", []string{"They said it was late."}, ""},

		// 12. a country's adjective before a plain noun names the country
		{"adjective before a noun", "1996-05-01", []string{"Chile threatened curbs on Bolivian goods."}, "Chile=CHL; Bolivian=BOL"},
		{"adjective before a name is not alone", "1996-05-01", []string{"Peru rejected Ecuadorean proposals and Ecuadorean officials left."}, "Peru=PER; Ecuadorean=ECU; Ecuadorean officials=ECUGOV"},
		{"ethnic adjective is a people", "1996-05-01", []string{"Ethnic Albanian villages burned."}, ""},
		{"head kept when its of-phrase names no actor", "1996-05-01", []string{"Chile met leaders of neighboring countries."}, "Chile=CHL; leaders=GOV"},

		// 13. a leader's name before a government noun
		{"leader's administration", "2010-05-01", []string{"The Obama administration imposed sanctions."}, "Obama administration=USAGOV"},
		{"common-word surname before administration", "2005-05-01", []string{"The Bush administration declared victory."}, "Bush administration=USAGOV"},
		{"bush is still a plant", "2005-05-01", []string{"The bush caught fire."}, ""},

		// 14. politicians; justice is no agent on its own
		{"opposition politicians", "2005-05-01", []string{"Opposition politicians blamed Syria."}, "Opposition politicians=OPP; Syria=SYR"},
		{"brought to justice", "2005-05-01", []string{"Chile vowed the killers would be brought to justice."}, "Chile=CHL; killers=UAF"},

		// 15. a historical name is a name, not the country's name
		{"country keeps its name", "2017-11-15", []string{"Zimbabwe's military seized control."}, "Zimbabwe's military=ZWEMIL"},

		// 5. peoples within a state
		{"state adjective then people", "1994-05-01", []string{"Croatian Serbs shelled the town."}, "Croatian Serbs=HRV"},
		{"state name then people", "1994-05-01", []string{"Kosovo Serbs protested."}, "Kosovo Serbs=XKX"},
		{"state, people, agent", "1994-05-01", []string{"Bosnian Croat leaders met."}, "Bosnian Croat leaders=BIHGOV"}, // leaders default to GOV, as in CAMEO
		{"state then stateless people", "1994-05-01", []string{"Turkish Kurds and Rwandan Tutsis fled."}, "Turkish Kurds=TUR; Rwandan Tutsis=RWA"},
		{"ethnic: no state", "1994-05-01", []string{"Ethnic Serb militiamen fired on ethnic Albanians."}, "Serb militiamen=UAF; ethnic Albanians=CVL"},
		{"people of a state", "1994-05-01", []string{"The Hungarians of northern Serbia voted."}, "Hungarians of northern Serbia=SRB"},
		{"stateless people in a state", "1994-05-01", []string{"Kurds in Syria and Tamils of Sri Lanka fled."}, "Kurds in Syria=SYR; Tamils of Sri Lanka=LKA"},
		{"people alone", "1994-05-01", []string{"The Palestinians and the Kurds protested."}, "Palestinians=PSE"},
		{"Uighurs alone code nothing", "2019-05-01", []string{"Uighurs protested on Monday."}, ""},
		{"Uighurs after their state", "2019-05-01", []string{"Chinese Uighurs fled abroad."}, "Chinese Uighurs=CHN"},
		{"ethnic demonym alone is civilians of where they live", "2020-10-01", []string{"Ethnic Armenians protested on Monday."}, "Ethnic Armenians=CVL"},
		{"ethnic demonym in a state", "2014-05-01", []string{"Ethnic Russians in Latvia protested."}, "Ethnic Russians in Latvia=LVACVL"},
		{"ethnic demonym of a state's", "2023-09-28", []string{"Azerbaijan's ethnic Armenians left."}, "Azerbaijan's ethnic Armenians=AZECVL"},
		{"another ethnic demonym in a state", "2010-06-14", []string{"Ethnic Uzbeks in Kyrgyzstan fled."}, "Ethnic Uzbeks in Kyrgyzstan=KGZCVL"},
		{"listed ethnic people of a state's", "1989-05-01", []string{"Bulgaria's ethnic Turks voted."}, "Bulgaria's ethnic Turks=BGRCVL"},

		// 6. coordinated adjectives before an agent head
		{"sides have no sector", "1994-05-01", []string{"The Ethiopian and Eritrean sides signed."}, "Ethiopian=ETH; Eritrean sides=ERI"},
		{"one side", "1994-05-01", []string{"The Syrian side walked out."}, "Syrian side=SYR"},
		{"delegations", "1994-05-01", []string{"The Indian and Pakistani delegations met."}, "Indian=INDGOV; Pakistani delegations=PAKGOV"},
		{"camps", "1994-05-01", []string{"The Armenian and Azeri camps traded charges."}, "Armenian=ARM; Azeri camps=AZE"},
		{"troops", "1994-05-01", []string{"Peruvian and Ecuadorean troops clashed."}, "Peruvian=PERMIL; Ecuadorean troops=ECUMIL"},
		{"a person's camp keeps the person's sector", "2019-05-01", []string{"Hiftar's camp said."}, "Hiftar's camp=LBYMIL"},

		// 7. the country of an agent's prepositional phrase
		{"doctors from aid groups", "1994-05-01", []string{"Nurses from three Canadian relief agencies arrived."}, "Nurses=CANCVL; Canadian relief agencies=NGOCAN"},
		{"spokesman for an army", "1994-05-01", []string{"A spokesman for the Chadian army denied it."}, "spokesman for the Chadian army=TCDMIL"},
		{"officials from a government", "1994-05-01", []string{"Officials from the Zambian government arrived."}, "Officials=ZMBGOV; Zambian government=ZMBGOV"},
		{"weak head yields to the inner sector", "1994-05-01", []string{"Officials of the Malian army spoke."}, "Officials of the Malian army=MLIMIL"},
		{"supporters of a state's man are people", "1994-05-01", []string{"Supporters of the Malian president marched."}, "Supporters of the Malian president=MLICVL"},
		{"supporters of the opposition are the opposition's", "1994-05-01", []string{"Supporters of the Malian opposition marched."}, "Supporters of the Malian opposition=MLIOPP"},
		{"refugees from a country", "1994-05-01", []string{"Refugees from Burundi crossed."}, "Refugees=BDIREF; Burundi=BDI"},
		{"more after the first", "1994-05-01", []string{"Officials from Ghana and Togo met."}, "Officials=GHAGOV; Ghana=GHA; Togo=TGO"},
		{"no country inside", "1994-05-01", []string{"Soldiers from the garrison left."}, "Soldiers=MIL"},

		// 9. one mention for the agent and whom it belongs to
		{"representatives from a seat's side", "2019-05-01", []string{"Representatives from the Kabul side attended."}, "Representatives=AFGGOV; Kabul side=AFGGOV"},
		{"forces loyal to a known person", "1994-05-01", []string{"Troops loyal to Saddam Hussein attacked."}, "Troops loyal to Saddam Hussein=IRQMIL"},
		{"militias allied with a country", "1994-05-01", []string{"Militias allied with Iran attacked."}, "Militias allied with Iran=IRNUAF"},
		{"an aide to a person", "1994-05-01", []string{"An aide to Saddam Hussein said."}, "aide to Saddam Hussein=IRQGOV"},
		{"a person does not own other heads", "1994-05-01", []string{"Students of Saddam Hussein said."}, "Students=CVL; Saddam Hussein=IRQGOV"},
		{"a person owns an arm of the state", "1994-05-01", []string{"Police of Saddam Hussein said."}, "Police of Saddam Hussein=IRQCOP"},

		// 8. regions of a country are places, not the country
		{"country's east", "1994-05-01", []string{"Fighting spread across Angola's east."}, ""},
		{"eastern country", "1994-05-01", []string{"Rebels hold northern Uganda."}, "Rebels=REB"},
		{"south country", "1994-05-01", []string{"Shelling hit south Lebanon."}, ""},
		{"country's capital", "1994-05-01", []string{"Looting hit Liberia's capital."}, ""},
		{"a country's own act is kept", "1994-05-01", []string{"Sudan's refusal angered Egypt."}, "Sudan=SDN; Egypt=EGY"},
		{"a name with a compass word", "1994-05-01", []string{"North Korea and South Africa spoke."}, "North Korea=PRK; South Africa=ZAF"},

		// 10. a titled unknown person with no country keeps the title's sector
		{"president", "1994-05-01", []string{"President Dos Sontas conceded."}, "President Dos Sontas=GOV"},
		{"minister", "1994-05-01", []string{"Defence Minister Jean Morel said."}, "Defence Minister Jean Morel=GOV"},
		{"police chief", "1994-05-01", []string{"Police Chief Ivo Brnic said."}, "Police Chief Ivo Brnic=COP"},
		{"opposition leader", "1994-05-01", []string{"Opposition leader Kofi Mensah said."}, "Opposition leader Kofi Mensah=OPP"},
		{"rebel leader", "1994-05-01", []string{"Rebel leader Samuel Kollie Jr spoke."}, "Rebel leader Samuel Kollie Jr=REB"},
		{"chairman of a body", "1994-05-01", []string{"OAU Chairman Abdou Diallo spoke."}, "OAU Chairman Abdou Diallo=IGOAFR"},
		{"judge", "1994-05-01", []string{"Judge Ana Ruiz ruled."}, "Judge Ana Ruiz=JUD"},

		// 11. people of 1979-2000, coded by the role held on the story's date
		{"king of, known", "1991-05-01", []string{"King Fahd of Saudi Arabia met Sheikh Jaber al-Ahmad al-Sabah."}, "King Fahd of Saudi Arabia=SAUGOV; Sheikh Jaber al-Ahmad al-Sabah=KWTGOV"},
		{"foreign minister then premier", "1989-05-01", []string{"Turkish Foreign Minister Mesut Yilmaz met Andreas Papandreou."}, "Turkish Foreign Minister Mesut Yilmaz=TURGOV; Andreas Papandreou=GRCGOV"},
		{"rebel then president", "1995-05-01", []string{"Charles Taylor met Jonas Savimbi."}, "Charles Taylor=LBRREB; Jonas Savimbi=AGOREB"},
		{"a common surname after a title", "1991-03-01", []string{"President Bush and Prime Minister Major met."}, "President Bush=USAGOV; Prime Minister Major=GBRGOV"},
		{"same name, other years", "2004-03-01", []string{"President Bush spoke."}, "President Bush=USAGOV"},
		{"Soviet leader", "1987-05-01", []string{"Soviet leader Mikhail Gorbachev met Yugoslav officials."}, "Soviet leader Mikhail Gorbachev=RUSGOV; Yugoslav officials=SRBGOV"},
		{"groups of the time", "1991-05-01", []string{"The SPLA and the NPFL attacked, and the ANC protested."}, "SPLA=SDNREB; NPFL=LBRREB; ANC=ZAFOPP"},
		{"a group's later role", "1995-05-01", []string{"The RPF and FMLN spoke."}, "RPF=RWAGOV; FMLN=SLVPTY"},
		{"a first name is no fuzzy surname", "1995-05-01", []string{"Gen. Ramon Ortiz spoke."}, "Gen. Ramon Ortiz=MIL"},
		{"state broadcasters", "2022-03-04", []string{"France 24, RFI, RT, Sputnik and NHK reported the vote."}, "France 24=FRAMED; RFI=FRAMED; RT=RUSMED; Sputnik=RUSMED; NHK=JPNMED"},
		{"a given name before a near surname", "2007-11-05", []string{"Asma Jahangir was detained."}, ""},
		{"a given name before a near surname, another", "2015-05-01", []string{"Police detained Leila Jahangir on Monday."}, "Police=COP"},
		{"a near surname alone still matches", "2015-05-01", []string{"Jahangir spoke in Tehran."}, "Jahangir=IRNGOV"},
		{"a near surname after a title still matches", "2015-05-01", []string{"Vice President Jahangir spoke."}, "Vice President Jahangir=IRNGOV"},
	})
}

// TestWhoHistory checks people of 1979-2000 on dates inside, between and
// after their roles.
func TestWhoHistory(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		{"Shamir premier", "Yitzhak Shamir", "1990-01-01", "ISRGOV", "prime minister"},
		{"Shamir foreign minister", "Shamir", "1985-06-01", "ISRGOV", "foreign minister"},
		{"Peres premier", "Shimon Peres", "1985-06-01", "ISRGOV", "prime minister"},
		{"Peres foreign minister", "Shimon Peres", "1993-09-13", "ISRGOV", "foreign minister"},
		{"Gorbachev", "Gorbachev", "1989-11-09", "RUSGOV", "leader of the Soviet Union"},
		{"Shevardnadze Soviet", "Shevardnadze", "1988-01-01", "RUSGOV", "foreign minister"},
		{"Shevardnadze Georgia", "Shevardnadze", "1995-01-01", "GEOGOV", "head of state of Georgia"},
		{"Primakov spy chief", "Yevgeny Primakov", "1993-01-01", "RUSSPY", "head of foreign intelligence"},
		{"Kagame rebel", "Paul Kagame", "1992-01-01", "RWAREB", "commander of the Rwandan Patriotic Front"},
		{"Kagame vice president", "Kagame", "1996-01-01", "RWAGOV", "vice president and defense minister"},
		{"Taylor rebel", "Charles Taylor", "1992-01-01", "LBRREB", "leader of the National Patriotic Front of Liberia"},
		{"Taylor president", "Charles Taylor", "1999-01-01", "LBRGOV", "president"},
		{"Aristide in exile is still president", "Aristide", "1993-06-01", "HTIGOV", "president"},
		{"Aristide between terms", "Aristide", "1998-06-01", "HTIGOV", "president"},
		{"Mandela before office", "Nelson Mandela", "1992-01-01", "ZAFOPP", "leader of the African National Congress"},
		{"Barak army chief", "Ehud Barak", "1993-01-01", "ISRMIL", "chief of staff of the army"},
		{"Boutros-Ghali UN", "Boutros-Ghali", "1994-01-01", "IGOUNO", "secretary-general of the United Nations"},
		{"Perez de Cuellar", "Javier Perez de Cuellar", "1990-01-01", "IGOUNO", "secretary-general of the United Nations"},
		{"Tariq Aziz foreign minister", "Tariq Aziz", "1990-09-01", "IRQGOV", "foreign minister"},
		{"Tariq Aziz deputy premier", "Tariq Aziz", "1995-09-01", "IRQGOV", "deputy prime minister"},
		{"Hekmatyar prime minister", "Hekmatyar", "1996-08-01", "AFGGOV", "prime minister"},
		{"Hekmatyar rebel", "Hekmatyar", "1990-08-01", "AFGREB", "leader of Hezb-i-Islami"},
		{"Karadzic", "Radovan Karadzic", "1994-01-01", "BIHREB", "leader of the Bosnian Serbs"},
		{"Ceausescu", "Nicolae Ceausescu", "1988-01-01", "ROUGOV", "leader"},
		{"Bush the elder", "George Bush", "1990-08-01", "USAGOV", "president"},
		{"Bush the younger", "George Bush", "2003-03-20", "USAGOV", "president"},
	})
}
