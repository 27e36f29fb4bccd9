package pipeline

import (
	"slices"
	"strings"
	"testing"
	"time"

	"dateline"
)

// TestWireSweep sweeps the CAMEO roots 01 to 20 a second time with
// wire-shaped sentences written for it: 18 to 35 words, with appositions
// ("X, the head of Y, ..."), relative and participle clauses, reported
// frames ("officials said", "according to"), passives with and without an
// agent, idiomatic verb phrases with particles and fixed objects ("took
// them into custody", "set fire to", "opened fire on"), time and place
// phrases between the verb and its object, and conjoined clauses. A row
// passes when its sentence yields its code (a root for any code under it)
// with the dyad given, or, with want "", no event of that code (the
// negatives). The test counts: a row that fails is logged, and the test
// fails only when fewer rows pass than the floor, so a new reading that
// helps one shape and breaks another shows as a lower count.
func TestWireSweep(t *testing.T) {
	runSweep(t, "wire sweep", wireSweep, wireSweepFloor)
}

// runSweep codes each row of a sweep, logs the rows that fail, and fails
// only when fewer rows pass than floor.
func runSweep(t *testing.T, name string, rows []lexRow, floor int) {
	t.Helper()
	runSweepWith(t, newCoder(t), name, rows, floor)
}

// runSweepWith is runSweep with the coder c, which codes statements too.
func runSweepWith(t *testing.T, c *Coder, name string, rows []lexRow, floor int) {
	t.Helper()
	c.Statements = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, tt := range rows {
		events := codeText(t, c, tt.text, ref)
		var got, all []string
		for _, e := range events {
			all = append(all, e.CAMEO+" "+dyad(e))
			if hasAnyCode(e, tt.code) {
				got = append(got, dyad(e))
			}
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Logf("%s: got %s %v, want no %s event", tt.name, tt.code, got, tt.code)
		case tt.want != "" && !slices.ContainsFunc(got, func(g string) bool { return dyadWanted(g, tt.want) }):
			t.Logf("%s: got %v, want %s %s", tt.name, all, tt.code, tt.want)
		default:
			pass++
		}
	}
	t.Logf("%s: %d of %d rows pass", name, pass, len(rows))
	if pass < floor {
		t.Errorf("%s: %d of %d rows pass, want at least %d", name, pass, len(rows), floor)
	}
}

// dyadWanted reports whether the dyad got ("SRC>TGT") is the dyad want
// names. Each side of want may list codes joined by "/", any of which will
// do, and a code ending in "*" matches any code it begins (a country of any
// sector); a want with neither is got exactly.
func dyadWanted(got, want string) bool {
	gs, gt, _ := strings.Cut(got, ">")
	ws, wt, _ := strings.Cut(want, ">")
	return sideWanted(gs, ws) && sideWanted(gt, wt)
}

// sideWanted reports whether the code got is one of the codes want lists.
func sideWanted(got, want string) bool {
	for _, w := range strings.Split(want, "/") {
		if p, ok := strings.CutSuffix(w, "*"); ok && strings.HasPrefix(got, p) || w == got {
			return true
		}
	}
	return false
}

// hasAnyCode reports whether an event's CAMEO code is one of codes, joined
// by "|", as hasCode reads each.
func hasAnyCode(e dateline.Event, codes string) bool {
	for _, c := range strings.Split(codes, "|") {
		if hasCode(e, c) {
			return true
		}
	}
	return false
}

// wireSweepFloor is the number of wire sweep rows that must pass.
const wireSweepFloor = 125

var wireSweep = []lexRow{
	// 01 statements
	{"011 apposition declined to comment", sweepDate, "Dmitry Peskov, the Kremlin spokesman, declined to comment on Tuesday on reports that Russian troops had pulled out of the village, saying it was a matter for the military.", "011", "RUSGOV>", ""},
	{"013 participle frame expressed hope", sweepDate, "The Chinese foreign ministry, asked about the talks at a regular briefing in Beijing on Monday, expressed hope that they would lead to a lasting settlement.", "013", "CHNGOV>", ""},
	{"015 relative clause claimed responsibility", sweepDate, "Al-Shabaab, the Islamist group that has fought the Somali government for more than a decade, claimed responsibility on Wednesday for a bombing at a hotel in Mogadishu.", "015", "SOMRAD>", ""},
	{"016 time phrase before the object denied", sweepDate, "The Ethiopian government denied on Thursday reports that its forces had killed dozens of civilians in a market town in the Tigray region, calling them fabricated.", "016", "ETHGOV>", ""},
	{"012 voiced alarm in a participle frame", sweepDate, "Speaking to pilgrims in St Peter's Square on Sunday, Pope Francis voiced alarm at the escalating violence in Haiti and prayed for the victims of the gang attacks.", "012", "VATREL>", ""},
	{"018 sent condolences after a crash", sweepDate, "The Indian prime minister sent a message of condolence to the president of Nepal after a plane carrying 22 people crashed in the mountains on Sunday, officials said.", "018", "INDGOV>NPLGOV", ""},
	{"017 laid a wreath on a visit", sweepDate, "Olaf Scholz, the German chancellor, laid a wreath at the memorial to the victims of the Warsaw Ghetto uprising during a one-day visit to Poland on Thursday.", "017", "DEUGOV>", ""},

	// 02 appeals
	{"02 apposition appealed to both sides", sweepDate, "Antonio Guterres, the UN secretary-general, appealed on Monday to the Sudanese army and the Rapid Support Forces to observe a ceasefire during the Eid holiday.", "02", "IGOUNO>SDNMIL", ""},
	{"0231 relative clause asked for a loan", sweepDate, "Sri Lanka, which is going through its worst economic crisis in decades, asked the International Monetary Fund on Tuesday for an emergency loan of three billion dollars.", "0231", "LKA>IGOUNO", ""},
	{"0253 called on to release prisoners", sweepDate, "Opposition parties, which have boycotted parliament since the disputed election, called on the Zimbabwean government on Friday to release all political prisoners before the vote.", "0253", "ZWEOPP>ZWEGOV", ""},
	{"0232 urged allies to send weapons", sweepDate, "Ukraine's foreign minister, Dmytro Kuleba, urged NATO members at a meeting in Brussels on Thursday to send more heavy weapons to his country without delay.", "02", "UKRGOV>IGONATO", ""},
	{"02 asked the UN to send observers", sweepDate, "In a letter to the Security Council on Wednesday, Armenia asked the United Nations to send observers to the border region where its troops have clashed with Azerbaijani forces.", "02", "ARM>IGOUNO", ""},
	{"0253 appealed to authorities to free", sweepDate, "Amnesty International has appealed to the Egyptian authorities to free the activist, who has been on hunger strike in a Cairo prison for more than two months.", "02", "NGO>EGYGOV", ""},
	{"02 passive urged by", sweepDate, "Pakistan was urged by the International Monetary Fund on Wednesday to raise taxes and cut energy subsidies before a new loan could be approved by the board.", "02", "IGOUNO>PAK", ""},
	{"02 not: a court appeal was filed", sweepDate, "An appeal against the court's ruling was filed by the defendant's lawyers on Monday, and a hearing is expected at the high court in Nairobi next month.", "02", "", ""},

	// 03 intent
	{"033 relative clause pledged air defence", sweepDate, "Germany, which had long resisted calls to send heavy arms to Kyiv, pledged on Tuesday to deliver air defence systems to Ukraine by the end of the year, the defence ministry said.", "03", "DEU>UKR", ""},
	{"033 promised aid after the quake", sweepDate, "The Japanese government promised on Friday to provide 500 million dollars in humanitarian aid to Turkey after the earthquake that killed thousands of people in the south of the country.", "03", "JPNGOV>TUR", ""},
	{"036 said it was willing to resume talks", sweepDate, "Iran is willing to resume indirect talks with the United States over its nuclear programme, the foreign ministry spokesman told reporters in Tehran on Monday.", "03", "IRN>USA", ""},
	{"03 vowed to cooperate, apposition", sweepDate, "Recep Tayyip Erdogan, the Turkish president, vowed on Saturday to cooperate with Greece on migration after a meeting with the Greek prime minister in Ankara.", "03", "TURGOV>GRC", ""},
	{"03 offered to mediate, according to", sweepDate, "Qatar has offered to mediate between the Sudanese army and the paramilitary forces it is fighting in Khartoum, according to a statement from the emir's office.", "03", "QAT>SDNMIL", ""},
	{"03 not: did not promise funding", sweepDate, "The Kenyan finance minister did not promise any new funding for the schools, saying the budget would be discussed by the cabinet in Nairobi next month.", "03", "", ""},

	// 04 consult
	{"04 apposition met in the capital", sweepDate, "Olaf Scholz, the German chancellor, met the Chinese president in Beijing on Friday for talks on trade and the war in Ukraine, the first such visit since 2019.", "04", "DEUGOV>CHNGOV", ""},
	{"04 shuttled between negotiators", sweepDate, "Egyptian mediators shuttled between Israeli and Hamas negotiators in Cairo on Thursday, trying to close the gaps over a proposed prisoner exchange, officials said.", "04", "EGY>ISRGOV", ""},
	{"04 flew to for talks with", sweepDate, "The Turkish foreign minister flew to Moscow on Tuesday for talks with his Russian counterpart on the Black Sea grain corridor, the ministry said in a statement.", "04", "TURGOV>RUSGOV", ""},
	{"041 spoke by telephone, time first", sweepDate, "Emmanuel Macron spoke by telephone on Sunday with the Iranian president, urging him to return to the nuclear talks in Vienna, the Elysee Palace said.", "041", "FRAGOV>IRNGOV", ""},
	{"043 received the visiting president", sweepDate, "The Saudi crown prince received the visiting Chinese president at the royal palace in Riyadh on Wednesday, the official Saudi Press Agency reported.", "043", "SAUGOV>CHNGOV", ""},
	{"045 mediated over the weekend", sweepDate, "Qatari officials mediated between Hamas and Israel over the weekend to secure a truce in Gaza, according to two people familiar with the negotiations.", "045", "QATGOV>PSEREB", ""},
	{"04 held talks, participle frame", sweepDate, "Meeting on the sidelines of the summit in Bali, the American and Chinese presidents held three hours of talks on Taiwan, trade and the war in Ukraine.", "04", "USAGOV>CHNGOV", ""},
	{"04 not: meeting called off", sweepDate, "A planned meeting between the foreign ministers of India and Pakistan was called off at the last minute on Friday after a row over the agenda, diplomats said.", "04", "", ""},

	// 05 diplomatic cooperation
	{"051 praised, apposition", sweepDate, "Antony Blinken, the US secretary of state, praised Qatar on Monday for its role in the evacuation of thousands of people from Kabul after the Taliban takeover.", "051", "USAGOV>QAT", ""},
	{"054 recognised the independence", sweepDate, "Russia, which has troops in both regions, recognised the independence of two breakaway territories in eastern Ukraine on Monday, defying warnings from the West.", "054", "RUS>UKR", ""},
	{"057 signed an agreement in the capital", sweepDate, "Turkey and Ukraine signed an agreement in Istanbul on Friday with the United Nations to reopen Black Sea ports for grain exports, officials said.", "05", "TUR>IGOUNO", ""},
	{"05 restored diplomatic relations", sweepDate, "Saudi Arabia and Iran, which severed ties in 2016, agreed on Friday to restore diplomatic relations and reopen their embassies within two months, in a deal brokered by China.", "03|05", "SAU>IRN", ""},
	{"055 apologised to", sweepDate, "The Dutch prime minister, Mark Rutte, formally apologised on Monday to Indonesia for the violence committed by Dutch troops during the war of independence.", "055", "NLDGOV>IDN", ""},
	{"05 not: refused to recognise", sweepDate, "The European Union has refused to recognise the results of the election in Belarus, saying the vote was neither free nor fair.", "054", "", ""},
	{"05 defended, reported", sweepDate, "The Hungarian prime minister, Viktor Orban, defended Poland on Tuesday against criticism from the European Commission over the independence of its courts, his spokesman said.", "05", "HUNGOV>POL", ""},

	// 06 material cooperation
	{"06 relative clause agreed to share intelligence", sweepDate, "Japan and South Korea, whose relations have long been strained by wartime history, agreed on Sunday to share intelligence on North Korean missile launches in real time.", "03|06", "JPN>KOR", ""},
	{"06 held joint exercises off the coast", sweepDate, "Chinese and Russian warships held joint naval exercises off the coast of South Africa on Friday, the defence ministry in Pretoria said.", "06", "CHNMIL>RUSMIL", ""},
	{"061 signed a trade deal", sweepDate, "Britain signed a free trade agreement with New Zealand on Monday, the second such deal since it left the European Union, the trade department said.", "06", "GBR>NZL", ""},
	{"063 extradited to", sweepDate, "Colombia extradited a former rebel commander to the United States on Thursday to face drug trafficking charges in a federal court in New York.", "06", "COL>USA", ""},
	{"06 not: talks on cooperation stalled", sweepDate, "Negotiations on closer security cooperation between the two countries stalled on Tuesday after Tokyo rejected a proposal from Seoul, officials said.", "062", "", ""},
	{"062 trained, relative", sweepDate, "British instructors, who arrived in the country in January, have trained thousands of Ukrainian soldiers at bases in southern England since the start of the war, the ministry said.", "06", "GBR>UKRMIL", ""},
	{"06 agreed to cooperate on", sweepDate, "Kenya and Ethiopia agreed in Nairobi on Monday to cooperate on border security and the fight against cattle rustling, a joint statement said.", "03|06", "KEN>ETH", ""},

	// 07 aid
	{"07 sent aid, participle", sweepDate, "The United Arab Emirates sent two planeloads of food and medicine to Somalia on Sunday, responding to an appeal from the government in Mogadishu for help with the drought.", "07", "ARE>SOM", ""},
	{"072 passive delivered by", sweepDate, "Dozens of HIMARS rocket launchers have been delivered to Ukraine by the United States since June, the Pentagon said on Friday.", "07", "USA>UKR", ""},
	{"07 apposition announced military aid", sweepDate, "Lloyd Austin, the US defence secretary, announced on Wednesday a new package of military aid for Ukraine worth 800 million dollars.", "07", "USAGOV>UKR", ""},
	{"075 granted asylum", sweepDate, "Germany has granted asylum to two Russian journalists who fled Moscow after the invasion, the interior ministry said on Tuesday.", "075", "DEU>RUSMED", ""},
	{"07 provided relief supplies", sweepDate, "The World Food Programme, a UN agency, provided emergency food to more than a million people in northern Ethiopia last month, its director said.", "07", "IGOUNO>ETHCVL", ""},
	{"07 not: aid was suspended", sweepDate, "Aid deliveries to the region were suspended on Monday after armed men attacked a convoy of trucks on the road from the port, the UN said.", "07", "", ""},
	{"07 airlifted supplies, passive", sweepDate, "Tonnes of medical supplies were airlifted to Pakistan by the United Arab Emirates on Sunday for victims of the floods, the Emirati news agency reported.", "07", "ARE>PAK", ""},

	// 08 yield
	{"081 lifted the curfew", sweepDate, "The Sri Lankan government lifted the nationwide curfew on Saturday, two days after protesters stormed the presidential palace in Colombo, police said.", "08", "LKAGOV>LKACVL", ""},
	{"0841 freed, apposition", sweepDate, "The Taliban, the Islamist movement that rules Afghanistan, freed an American engineer on Monday in exchange for an Afghan drug lord held in the United States.", "08", "AFGGOV>USACVL", ""},
	{"083 stepped down, relative", sweepDate, "Boris Johnson, who had faced a revolt by dozens of his own ministers, stepped down as leader of the Conservative Party on Thursday, officials said.", "08", "GBRGOV>GBROPP", ""},
	{"087 pulled its troops out of", sweepDate, "Russia pulled its troops out of the southern city of Kherson on Friday after months of Ukrainian attacks on the supply lines, the defence ministry said.", "087", "RUS>UKR", ""},
	{"0841 passive were released", sweepDate, "Twenty-seven Nigerian schoolchildren who were kidnapped by gunmen last month were released on Sunday, the governor of Kaduna state said.", "08", "CRM>NGACVL", ""},
	{"08 handed over, participle", sweepDate, "The rebels handed over the bodies of six soldiers to the Red Cross on Wednesday, saying the move was a goodwill gesture ahead of the talks.", "08", "REB>NGO", ""},
	{"08 not: refused to lift the blockade", sweepDate, "Azerbaijan has refused to lift the blockade of the only road into the enclave, despite a ruling by the International Court of Justice, Armenian officials said.", "08", "", ""},

	// 09 investigate
	{"09 launched an investigation into", sweepDate, "The International Criminal Court, based in The Hague, launched an investigation on Wednesday into alleged war crimes committed by Russian forces in Ukraine.", "09", "IGOICC>RUSMIL", ""},
	{"09 opened an inquiry, apposition", sweepDate, "Kenyan prosecutors opened an inquiry on Monday into the deaths of dozens of protesters during the demonstrations against tax increases, the director of public prosecutions said.", "09", "KENJUD>KENOPP", ""},
	{"09 passive investigated by", sweepDate, "The killing of the journalist is being investigated by the Mexican attorney general's office, officials said on Friday, after her body was found near Tijuana.", "09", "MEXJUD>MEXMED", ""},
	{"09 sent investigators", sweepDate, "The United Nations sent a team of investigators to the town on Tuesday to look into reports that soldiers had executed civilians, a UN spokesman said.", "09", "IGOUNO>", ""},
	{"09 not: refused an investigation", sweepDate, "The government in Khartoum has refused to allow UN investigators into the region, saying the reports of mass graves were fabricated.", "09", "", ""},
	{"09 set up a commission, participle", sweepDate, "The Peruvian congress set up a commission on Thursday to investigate the deaths of protesters during the unrest, giving it three months to report.", "09", "PERLEG>PEROPP", ""},

	// 10 demand
	{"10 demanded the withdrawal, apposition", sweepDate, "Moldova's president, Maia Sandu, demanded on Wednesday the withdrawal of Russian troops from the breakaway region of Transnistria, the presidency said.", "10", "MDAGOV>RUSMIL", ""},
	{"10 demanded that, reported", sweepDate, "The African Union demanded that the junta in Niger release the ousted president immediately, according to a statement issued after an emergency meeting in Addis Ababa.", "10", "IGOAFR>NERGOV", ""},
	{"10 insisted on", sweepDate, "Ukraine insisted on Tuesday on the return of all territory seized by Russia since 2014 as a condition for any peace talks, a senior official said.", "10", "UKR>RUS", ""},
	{"10 protesters demanded the resignation", sweepDate, "Tens of thousands of protesters, many of them students, marched through Colombo on Saturday demanding the resignation of the president, witnesses said.", "10", "LKAOPP>LKAGOV", ""},
	{"10 not: dropped its demand", sweepDate, "The opposition dropped its demand for early elections on Monday after reaching a deal with the ruling party, a spokesman said.", "10", "", ""},
	{"10 called for, apposition", sweepDate, "Josep Borrell, the EU foreign policy chief, called on Monday for the immediate release of the detained Iranian activists, the bloc said in a statement.", "10|02", "IGOEUR>IRNOPP", ""},
	{"10 passive demanded by", sweepDate, "The release of the hostages was demanded by the Israeli government on Sunday as the first step of any deal with Hamas, an official said.", "10", "ISRGOV>PSEREB", ""},

	// 11 disapprove
	{"111 condemned, apposition", sweepDate, "The European Union, the country's largest trading partner, condemned on Friday the arrest of the opposition leader in Kigali and called for his release.", "11", "IGOEUR>RWAOPP", ""},
	{"112 accused of, relative", sweepDate, "Kyiv accused Moscow on Sunday of shelling the nuclear plant, which has been occupied by Russian troops since March, and called for a demilitarised zone around it.", "11", "UKRGOV>RUSGOV", ""},
	{"111 criticised, participle", sweepDate, "Human Rights Watch criticised the Bangladeshi authorities on Thursday for the arrest of hundreds of opposition activists ahead of the election, citing witness accounts.", "11", "NGO>BGDGOV", ""},
	{"112 accused in a report", sweepDate, "In a report published on Tuesday, Amnesty International accused the Israeli army of using excessive force against Palestinian protesters in the West Bank.", "11", "NGO>ISRMIL", ""},
	{"11 denounced as, apposition", sweepDate, "China's foreign ministry denounced the visit of the American speaker to Taipei as a grave provocation, summoning the US ambassador in Beijing late on Tuesday.", "11", "CHNGOV>USALEG", ""},
	{"11 not: refrained from criticising", sweepDate, "India has refrained from criticising Russia over the invasion of Ukraine and abstained in votes at the United Nations, officials said.", "11", "", ""},

	// 12 reject
	{"12 rejected the proposal, apposition", sweepDate, "Hamas, the group that controls the Gaza Strip, rejected on Monday an Egyptian proposal for a long-term truce with Israel, a spokesman said.", "12", "PSEREB>EGY", ""},
	{"12 refused to hand over, relative", sweepDate, "The Taliban, who took power in Kabul last year, refused to hand over the suspects to Pakistan, saying there was no evidence against them.", "12", "AFGGOV>PAK", ""},
	{"12 vetoed, apposition", sweepDate, "Russia vetoed a Security Council resolution on Friday that would have condemned its annexation of four Ukrainian regions, diplomats said in New York.", "12", "RUS>IGOUNO", ""},
	{"12 turned down a request", sweepDate, "Germany turned down a request from Poland on Wednesday for the payment of war reparations, saying the matter had been settled decades ago.", "12", "DEU>POL", ""},
	{"12 saw no reason to, reported", sweepDate, "The Serbian president said on Sunday he saw no reason to impose sanctions on Russia, despite pressure from the European Union.", "12", "SRBGOV>RUS", ""},
	{"12 not: accepted the offer", sweepDate, "The government in Bogota accepted an offer from Norway on Monday to host a new round of talks with the rebels, a spokesman said.", "12", "", ""},

	// 13 threaten
	{"13 threatened sanctions, apposition", sweepDate, "Joe Biden, the American president, threatened on Friday to impose severe sanctions on Russia if its troops crossed the border into Ukraine.", "13", "USAGOV>RUS", ""},
	{"13 warned of retaliation", sweepDate, "North Korea warned on Monday that it would retaliate with force against any military drills held by the United States and South Korea near its borders.", "13", "PRK>USA", ""},
	{"13 issued an ultimatum", sweepDate, "The West African bloc Ecowas issued an ultimatum to the junta in Niger on Sunday, giving it a week to reinstate the ousted president or face military action.", "13", "IGOWAF>NERGOV", ""},
	{"13 threatened to expel, relative", sweepDate, "Mali's junta, which seized power in 2020, threatened to expel the French ambassador after remarks by the French foreign minister, state television said.", "13", "MLIGOV>FRAGOV", ""},
	{"13 not: ruled out military action", sweepDate, "The German chancellor ruled out any military action against Iran on Thursday, saying diplomacy remained the only path.", "13", "", ""},
	{"13 threatened, passive", sweepDate, "Journalists in Mexico have been threatened by drug cartels after reporting on the killings in the state of Guerrero, a press freedom group said on Monday.", "13", "MEXCRM>MEXMED", ""},
	{"13 vowed to crush, apposition", sweepDate, "Min Aung Hlaing, the head of the Myanmar junta, vowed on Saturday to crush the armed resistance to military rule, state media reported.", "13", "MMRMIL>MMRREB", ""},

	// 14 protest
	{"14 demonstrated outside the embassy", sweepDate, "Thousands of Armenians demonstrated outside the Russian embassy in Yerevan on Saturday, accusing Moscow of failing to protect the country, witnesses said.", "14", "ARMCVL>RUSGOV", ""},
	{"14 rallied in the capital, participle", sweepDate, "Tens of thousands of Israelis rallied in Tel Aviv on Saturday against the government's plans to weaken the supreme court, waving flags and blocking roads.", "14", "ISRCVL>ISRGOV", ""},
	{"14 went on strike", sweepDate, "Doctors at public hospitals in Kenya went on strike on Monday to press the government for better pay and working conditions, the union said.", "14", "KENCVL>KENGOV", ""},
	{"14 set fire to, protesters", sweepDate, "Protesters set fire to the headquarters of the ruling party in the capital on Tuesday and blocked the main roads with burning tyres, witnesses said.", "14", "OPP>PTY", ""},
	{"14 built barricades", sweepDate, "Residents built barricades across the roads leading to the mine on Friday to stop trucks belonging to the company from reaching it, police said.", "14", "CVL>BUS", ""},
	{"14 hunger strike, relative", sweepDate, "Alaa Abd El-Fattah, the British-Egyptian activist who has been jailed since 2019, began a hunger strike in a Cairo prison to protest against his detention.", "14", "EGYOPP>EGYGOV", ""},
	{"14 not: called off the strike", sweepDate, "The teachers' union called off a planned strike on Sunday after the Nigerian government agreed to pay the salaries it owed, a spokesman said.", "14", "", ""},

	// 15 posture
	{"15 put on alert", sweepDate, "The Taiwanese military put its forces on high alert on Thursday after Chinese warships and aircraft were spotted near the island, the defence ministry said.", "15", "TWNMIL>", ""},
	{"15 deployed troops to the border", sweepDate, "Russia has deployed more than 100,000 troops along its border with Ukraine in recent months, according to American intelligence officials.", "15", "RUS>UKR", ""},
	{"15 declared a state of emergency", sweepDate, "The Peruvian government declared a state of emergency in the capital on Saturday after a week of deadly protests against the new president.", "17", "PERGOV>PERCVL", ""},
	{"15 held military drills near", sweepDate, "China held live-fire military drills in the waters around Taiwan on Thursday, a day after the visit of the American speaker to Taipei.", "15", "CHN>TWNGOV", ""},
	{"15 not: cancelled exercises", sweepDate, "South Korea and the United States cancelled their joint military exercises on Monday to ease tensions ahead of the talks with the North.", "15", "", ""},
	{"15 mobilised reservists, relative", sweepDate, "Israel, which faces attacks from Gaza and from Lebanon, mobilised 300,000 reservists on Monday, the largest call-up in its history, the army said.", "15", "ISR>", ""},
	{"15 raised the alert level", sweepDate, "South Korea raised its military alert level on Tuesday after the North fired a ballistic missile over Japan, the joint chiefs of staff said.", "15", "KOR>", ""},

	// 16 reduce relations
	{"16 cut ties, apposition", sweepDate, "Honduras, one of the few countries that still recognised Taiwan, cut diplomatic ties with Taipei on Sunday and established relations with Beijing.", "16", "HND>TWNGOV", ""},
	{"16 suspended aid to", sweepDate, "The World Bank suspended its aid to Afghanistan on Wednesday after the Taliban takeover, citing concerns about the treatment of women.", "16", "IGOUNO>AFG", ""},
	{"16 recalled its ambassador", sweepDate, "France recalled its ambassador from Canberra for consultations on Friday after Australia scrapped a submarine contract worth billions of euros.", "16", "FRA>AUSGOV", ""},
	{"16 voted to end support for", sweepDate, "The House of Representatives voted on Wednesday to end American military support for the Saudi-led coalition fighting in Yemen.", "16", "USALEG>SAU", ""},
	{"16 halted gas supplies to", sweepDate, "Gazprom halted gas supplies to Poland and Bulgaria on Wednesday after both countries refused to pay in roubles, the companies said.", "16", "RUSBUS>POL", ""},
	{"16 not: restored ties", sweepDate, "Turkey and Israel restored full diplomatic ties on Wednesday after years of tension, the Israeli prime minister's office said.", "16", "", ""},

	// 17 coerce
	{"173 took into custody, apposition", sweepDate, "Police in Islamabad took Imran Khan, the former prime minister, into custody on Tuesday at the high court, his party said.", "17", "PAKCOP>PAKOPP", ""},
	{"173 arrested, relative", sweepDate, "Turkish police arrested dozens of journalists on Monday who had reported on the earthquake response, according to the Committee to Protect Journalists.", "17", "TURCOP>MED", ""},
	{"17 taken off the air", sweepDate, "Two independent television channels were taken off the air on Friday by the authorities in Minsk after they broadcast footage of the protests.", "17", "BLRGOV>BLRMED", ""},
	{"173 placed under house arrest", sweepDate, "The ousted president of Niger has been placed under house arrest by the presidential guard since the coup, according to people close to him.", "17", "NERMIL>NERGOV", ""},
	{"172 imposed a curfew", sweepDate, "Authorities in Dakar imposed a curfew on the city on Saturday after clashes between police and supporters of the opposition leader left several people dead.", "17", "SENGOV>SENCVL", ""},
	{"174 expelled diplomats, relative", sweepDate, "Poland expelled 45 Russian diplomats on Wednesday who it said were working for Russian intelligence, the interior minister said.", "16|17", "POL>RUSGOV", ""},
	{"17 sentenced to prison", sweepDate, "A court in Moscow sentenced Vladimir Kara-Murza, an opposition politician, to 25 years in prison on Monday for treason.", "11|17", "RUSJUD>RUSOPP", ""},
	{"17 not: released from custody", sweepDate, "The journalist was released from custody on Thursday after spending three months in detention in Ethiopia, his employer said.", "173", "", ""},

	// 18 assault
	{"18 stoned the compound", sweepDate, "Angry villagers stoned the compound of the local governor on Sunday after a police raid in which two young men were killed, witnesses said.", "14|18", "CVL>GOV", ""},
	{"18 kidnapped, apposition", sweepDate, "Gunmen kidnapped more than 80 pupils from a boarding school in Kebbi state on Thursday, killing a police officer, the Nigerian police said.", "18", "UAF>NGACVL", ""},
	{"18 suicide bomber killed", sweepDate, "A suicide bomber killed at least 20 people at a mosque in Peshawar on Friday during prayers, officials said, and the Islamic State claimed the attack.", "18", "RAD>PAKCVL", ""},
	{"18 assassinated, relative", sweepDate, "Gunmen assassinated the Haitian president, who had ruled by decree for more than a year, at his private residence in Port-au-Prince overnight, the prime minister said.", "18", "UAF>HTIGOV", ""},
	{"18 beaten by police, passive", sweepDate, "Dozens of protesters were beaten by police in the capital of Guinea on Tuesday during a march against the junta, rights groups said.", "17|18", "GINCOP>GINOPP", ""},
	{"18 not: a storm destroyed homes", sweepDate, "The storm destroyed dozens of homes in the coastal villages of Mozambique on Monday, and the government appealed for help.", "18", "", ""},
	{"18 set fire to houses, militia", sweepDate, "Armed men set fire to dozens of houses in a village in the central region of Mali on Saturday, killing at least 20 people, local officials said.", "17|18|19|20", "UAF>MLICVL", ""},

	// 19 fight
	{"190 opened fire on, apposition", sweepDate, "Soldiers opened fire on Sunday on a crowd of protesters in Khartoum, the Sudanese capital, killing at least seven people, doctors said.", "17|18|19", "SDNMIL>SDNCVL", ""},
	{"190 attacked, participle clause", sweepDate, "Russian forces attacked the town of Bakhmut from three sides on Monday, using artillery and tanks, according to the Ukrainian general staff.", "19", "RUSMIL>UKR", ""},
	{"195 carried out air strikes", sweepDate, "Israeli warplanes carried out air strikes on Hamas targets in the Gaza Strip early on Sunday after rockets were fired at southern Israel, the army said.", "19", "ISRMIL>PSEREB", ""},
	{"194 shelled, time phrase first", sweepDate, "Azerbaijani forces shelled on Tuesday several Armenian villages near the border, the Armenian defence ministry said, and Baku said it was responding to provocations.", "19", "AZEMIL>ARMCVL", ""},
	{"192 seized the town, relative", sweepDate, "M23 rebels, who have been fighting the Congolese army since last year, seized the town of Bunagana near the border with Uganda on Monday.", "19", "CODREB>", ""},
	{"190 clashed with", sweepDate, "Indian and Chinese troops clashed along the disputed border in the eastern Himalayas on Friday, leaving soldiers on both sides with minor injuries.", "19", "INDMIL>CHNMIL", ""},
	{"19 not: the ceasefire held", sweepDate, "A ceasefire between the two sides largely held on Monday, allowing aid trucks to enter the city for the first time in weeks, the Red Cross said.", "19", "", ""},
	{"19 struck, relative", sweepDate, "American warplanes struck targets in eastern Syria on Friday that the Pentagon said were used by militias backed by Iran, in retaliation for drone attacks on its troops.", "19", "USAMIL>SYR", ""},

	// 20 mass violence
	{"202 massacred, relative", sweepDate, "Gunmen massacred more than 100 villagers in northern Burkina Faso on Friday, in one of the deadliest attacks in a country that has been fighting jihadists since 2015.", "20", "UAF>BFACVL", ""},
	{"201 drove out, apposition", sweepDate, "The Myanmar military drove hundreds of thousands of Rohingya out of Rakhine state in 2017, an exodus the United Nations has called ethnic cleansing.", "20", "MMRMIL>MMR", ""},
	{"204 used chemical weapons, passive", sweepDate, "Chemical weapons were used by Syrian government forces against civilians in the town of Douma in 2018, the chemical weapons watchdog concluded on Friday.", "20", "SYRMIL>SYRCVL", ""},
	{"20 not: the flood killed", sweepDate, "Floods that swept through the province of Sindh killed more than 1,000 people and left millions homeless, the Pakistani government said on Monday.", "20", "", ""},
	{"20 carried out a massacre, passive", sweepDate, "Hundreds of civilians were massacred by Sudanese paramilitary forces in the West Darfur town of Geneina in June, the United Nations said on Thursday.", "20", "SDNMIL>SDNCVL", ""},
	{"20 not: genocide trial", sweepDate, "The trial of a former Rwandan official accused of genocide opened in Paris on Monday, nearly three decades after the killings of 1994.", "20", "", ""},
}
