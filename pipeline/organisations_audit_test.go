package pipeline

import "testing"

// TestOrganisationsAudit: bodies, parties, movements, unions, armed groups
// and people the organisation audit of December 2026 added to
// internal/actor/data are coded by their country and sector, in their
// standing on the story's date: central banks govern, they are no
// businesses; a movement that took power is its army after it.
func TestOrganisationsAudit(t *testing.T) {
	runGroupRows(t, []groupRow{
		// central banks
		{"Federal Reserve warns Congress", "2022-06-15", "The Federal Reserve warned Congress that inflation would stay high.", []string{"USAGOV"}, nil},
		{"Bank of England is no business", "2022-09-28", "The Bank of England criticised the British government over its tax cuts.", []string{"GBRGOV"}, []string{"GBRBUS"}},
		{"Reserve Bank of India backs its government", "2016-11-10", "The Reserve Bank of India backed the government's decision to withdraw banknotes.", []string{"INDGOV"}, []string{"INDBUS"}},
		{"sanctions on the Bank of Russia", "2022-03-01", "The United States imposed sanctions on the Bank of Russia on Tuesday.", []string{"RUSGOV"}, []string{"RUSBUS"}},
		{"Swiss National Bank accused", "2015-01-16", "Swiss exporters accused the Swiss National Bank of abandoning them.", []string{"CHEGOV"}, []string{"CHEBUS"}},
		// security services and police
		{"Algeria's DRS arrests", "2004-05-10", "Algeria's DRS arrested three Islamist militants in Kabylie.", []string{"DZASPY"}, nil},
		{"Sudan's NISS detains", "2012-06-25", "Sudan's NISS detained dozens of student protesters in Khartoum.", []string{"SDNSPY"}, nil},
		{"Densus 88 raids", "2018-05-14", "Densus 88 raided a house in Surabaya and arrested four militants.", []string{"IDNCOP"}, nil},
		// unions
		{"AMCU calls a strike", "2014-02-01", "AMCU called a strike against the platinum producers in Rustenburg.", []string{"ZAFLAB"}, nil},
		{"ASUU rejects an offer", "2022-05-09", "ASUU rejected the Nigerian government's offer to end the strike.", []string{"NGALAB", "NGAGOV"}, nil},
		// armed movements in time
		{"NRA rebels before Kampala", "1985-08-01", "The National Resistance Army attacked government troops near Masaka.", []string{"UGAREB"}, nil},
		{"NRA as the army after 1986", "1990-03-01", "The National Resistance Army fought rebels in northern Uganda.", []string{"UGAMIL"}, nil},
		{"USC rebels before Siad Barre fell", "1990-12-30", "The United Somali Congress attacked government forces in Mogadishu.", []string{"SOMREB"}, []string{"SOMPTY"}},
		{"Umkhonto we Sizwe claims a bombing", "1986-05-20", "Umkhonto we Sizwe claimed responsibility for the bombing in Durban.", []string{"ZAFREB"}, nil},
		{"Lebanese Forces as a militia", "1985-03-01", "The Lebanese Forces shelled Druze positions in the Chouf.", []string{"LBNUAF"}, []string{"LBNMIL"}},
		{"People's Defence Force ambush", "2022-04-01", "The People's Defence Force ambushed a military convoy in Sagaing.", []string{"MMRREB"}, []string{"MMROPP"}},
		// parties and movements
		{"FFS accuses the government", "2017-05-01", "The FFS accused the Algerian government of rigging the vote.", []string{"DZAPTY", "DZAGOV"}, nil},
		{"Tamarod asks Morsi to go", "2013-06-30", "Tamarod called on President Morsi to resign.", []string{"EGYOPP"}, nil},
		{"PUDEMO urges the king", "2021-07-01", "PUDEMO urged King Mswati to lift the ban on political parties.", []string{"SWZPTY"}, nil},
		{"Lamuka rejects results", "2019-01-10", "Lamuka rejected the results announced by the electoral commission.", []string{"CODPTY"}, nil},
		{"FNDC calls protests", "2021-01-10", "The FNDC called on Guineans to protest against President Conde.", []string{"GINOPP"}, nil},
		{"June 5 Movement demands resignation", "2020-07-10", "The June 5 Movement demanded the resignation of President Keita.", []string{"MLIOPP", "MLIGOV"}, nil},
		{"Gorran accuses the KDP", "2014-06-01", "Gorran accused the Kurdistan Democratic Party of corruption.", []string{"IRQPTY"}, nil},
		{"PDRC blockades Bangkok", "2014-01-13", "The PDRC blockaded government offices in Bangkok.", []string{"THAOPP"}, nil},
		{"CONAIE rejects a decree", "2019-10-08", "CONAIE rejected President Moreno's fuel decree.", []string{"ECUOPP"}, nil},
		{"Landless Workers occupy a ranch", "2019-01-01", "The Landless Workers' Movement occupied a ranch in Bahia.", []string{"BRAOPP"}, []string{"BRACVL"}},
		{"Memorial ordered closed", "2021-12-28", "Russia's Supreme Court ordered Memorial to close.", []string{"NGORUS"}, nil},
		{"Viasna raided", "2021-07-14", "Belarusian police raided the offices of Viasna in Minsk.", []string{"NGOBLR"}, nil},
		// movements of the end of communist rule, and forces by their names
		{"Solidarnosc calls a strike", "1988-08-20", "Solidarnosc called a strike against the communist government at the Gdansk shipyard.", []string{"POLOPP"}, nil},
		{"Civic Forum demands resignations", "1989-11-25", "Civic Forum demanded the resignation of the communist leadership in Prague.", []string{"CZEOPP"}, nil},
		{"Sajudis accuses Moscow", "1989-08-23", "Sajudis accused Moscow of annexing Lithuania in 1940.", []string{"LTUOPP", "RUSGOV"}, nil},
		{"Rukh urges a boycott", "1990-06-01", "Rukh urged Ukrainians to boycott the Soviet referendum.", []string{"UKROPP"}, nil},
		{"GSU fires tear gas", "2017-08-12", "The GSU fired tear gas at opposition supporters in Kisumu.", []string{"KENCOP"}, nil},
		{"Barkhane kills a jihadist leader", "2020-06-05", "Barkhane force commandos killed the leader of al-Qaeda in the Islamic Maghreb in northern Mali.", []string{"FRAMIL"}, []string{"MLIUAF"}},
		{"SARS accused", "2020-10-10", "Protesters accused the Special Anti-Robbery Squad of killing young men.", []string{"NGACOP"}, nil},
		// Asia, second pass
		{"IPKF fights the Tigers", "1988-03-10", "The IPKF attacked Tamil Tigers positions near Jaffna.", []string{"INDMIL", "LKAREB"}, nil},
		{"KCIA arrests", "1979-10-10", "The KCIA arrested opposition leader Kim Young-sam's aides.", []string{"KORSPY"}, nil},
		{"Occupy Central urges resignation", "2014-10-01", "Occupy Central urged Hong Kong's leader to resign.", []string{"HKGOPP"}, nil},
		{"Hindraf accuses the government", "2007-11-25", "Hindraf accused the Malaysian government of discriminating against ethnic Indians.", []string{"MYSOPP", "MYSGOV"}, nil},
		// the Americas and Europe, 1979-2000
		{"CPSU accuses Yeltsin", "1990-07-10", "The CPSU accused Boris Yeltsin of splitting the party.", []string{"RUSPTY"}, nil},
		{"FDN attacks a Sandinista post", "1985-03-01", "The FDN attacked a Sandinista army post near the Honduran border.", []string{"NICREB"}, nil},
		{"GAL claims a killing", "1986-01-10", "The GAL claimed the killing of two ETA members in southern France.", []string{"ESPUAF"}, nil},
		{"Volkspolizei beat demonstrators", "1989-10-07", "The Volkspolizei beat demonstrators in East Berlin.", []string{"DEUCOP"}, nil},
		// people of the third pass
		{"Gordhan as finance minister", "2016-10-11", "Pravin Gordhan rejected the charges brought by the prosecutors.", []string{"ZAFGOV"}, nil},
		{"Bullrich in opposition", "2021-06-01", "Patricia Bullrich accused President Fernandez of lying about vaccines.", []string{"ARGOPP", "ARGGOV"}, nil},
		{"Ribadu at the EFCC", "2005-01-10", "Nuhu Ribadu arrested the police chief on corruption charges.", []string{"NGACOP"}, nil},
		{"Hammouchi meets the FBI", "2020-01-20", "Abdellatif Hammouchi met the head of the FBI in Rabat.", []string{"MARCOP"}, nil},
		{"Matiang'i orders a deportation", "2018-02-07", "Fred Matiang'i ordered the deportation of opposition lawyer Miguna Miguna.", []string{"KENGOV"}, nil},
		{"Avakov accuses Russia", "2018-05-01", "Arsen Avakov accused Russia of sending saboteurs into Ukraine.", []string{"UKRGOV", "RUS"}, nil},
		{"Karnavian as police chief", "2017-06-01", "Tito Karnavian ordered the arrest of three suspected militants in Bandung.", []string{"IDNCOP"}, nil},
		{"Naqvi accuses Afghanistan", "2024-06-01", "Mohsin Naqvi accused Afghanistan of sheltering militants.", []string{"PAKGOV", "AFG"}, nil},
		{"Chris Tang as police commissioner", "2020-01-01", "Chris Tang warned protesters against blocking roads.", []string{"HKGCOP"}, nil},
		{"Zakzaky's followers are Nigerians", "2016-01-10", "Ibrahim Zakzaky's followers accused the army of killing hundreds.", []string{"NGACVL"}, nil},
	})
}
