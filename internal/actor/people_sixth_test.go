package actor

import "testing"

// TestWhoAuditSixth: the sixth pass of the people audit
// (people-sixth-pass.txt and the roles it added to people already known):
// the holders of 1975-1979 the files lacked, interior ministers of recent
// years and the spellings the news uses, read by full name, spelling and
// surname, in a role and between roles.
func TestWhoAuditSixth(t *testing.T) {
	d := dict(t)
	checkWho(t, d, []whoRow{
		// Africa
		{"Murtala's months in power", "Murtala Mohammed", "1975-11-11", "NGAGOV", "military head of state, killed in a coup attempt"},
		{"Murtala by the name news gave him", "Murtala", "1975-11-11", "NGAGOV", "military head of state, killed in a coup attempt"},
		{"Idiagbon at Supreme Headquarters", "Tunde Idiagbon", "1984-06-01", "NGAMIL", "chief of staff of the Supreme Military Headquarters"},
		{"Awolowo in opposition", "Obafemi Awolowo", "1983-08-01", "NGAOPP", "leader of the Unity Party of Nigeria, opposition leader"},
		{"Acheampong's regime", "Acheampong", "1977-05-01", "GHAGOV", "military head of state"},
		{"Akuffo's regime", "Fred Akuffo", "1979-01-01", "GHAGOV", "military head of state"},
		{"Lamizana without the accent", "Sangoule Lamizana", "1978-05-01", "BFAGOV", "president"},
		{"Malloum in N'Djamena", "Felix Malloum", "1978-02-01", "TCDGOV", "head of state"},
		{"Macias Nguema without accents", "Francisco Macias Nguema", "1976-01-01", "GNQGOV", "president"},
		{"Bagaza by surname", "Bagaza", "1984-01-01", "BDIGOV", "president"},
		{"Lule's two months", "Yusuf Lule", "1979-05-01", "UGAGOV", "president"},
		{"Binaisa by surname", "Binaisa", "1980-02-01", "UGAGOV", "president"},
		{"Muwanga at the Military Commission", "Paulo Muwanga", "1980-08-01", "UGAGOV", "chairman of the Military Commission"},
		{"Aronda at the army", "Aronda Nyakairima", "2010-01-01", "UGAMIL", "commander of the Uganda People's Defence Force"},
		{"Jomo Kenyatta president", "Jomo Kenyatta", "1975-06-01", "KENGOV", "president"},
		{"Kenyatta alone in the father's years", "Kenyatta", "1977-01-01", "KENGOV", "president"},
		{"Kenyatta alone in the son's years", "Kenyatta", "2016-01-01", "KENGOV", "president"},
		{"Tafari Benti of the Derg", "Tafari Benti", "1976-06-01", "ETHGOV", "chairman of the Derg, head of state"},
		{"Swar al-Dahab's transition", "Abdel Rahman Swar al-Dahab", "1985-09-01", "SDNMIL", "head of the Transitional Military Council"},
		{"Ian Smith's Rhodesia", "Ian Smith", "1976-09-24", "ZWEGOV", "prime minister of Rhodesia"},
		{"Muzorewa's Zimbabwe-Rhodesia", "Bishop Abel Muzorewa", "1979-09-10", "ZWEGOV", "prime minister of Zimbabwe-Rhodesia"},
		{"Vorster by his initials", "B.J. Vorster", "1976-06-20", "ZAFGOV", "prime minister"},
		// North Africa and the Middle East
		{"Egypt's interior minister", "Magdy Abdel Ghaffar", "2016-05-01", "EGYGOV", "interior minister"},
		{"Libya's prime minister of 2000", "Mubarak al-Shamikh", "2001-06-01", "LBYGOV", "secretary of the General People's Committee (prime minister)"},
		{"Mzali as premier", "Mzali", "1984-01-05", "TUNGOV", "prime minister"},
		{"Bazargan's provisional government", "Mehdi Bazargan", "1979-08-01", "IRNGOV", "prime minister of the provisional government"},
		{"Soylu at the interior", "Suleyman Soylu", "2019-10-15", "TURGOV", "interior minister"},
		{"Demirel's Nationalist Front", "Demirel", "1976-05-01", "TURGOV", "prime minister"},
		{"Ecevit in 1978", "Bulent Ecevit", "1978-06-01", "TURGOV", "prime minister"},
		{"Rabin's first premiership", "Yitzhak Rabin", "1976-07-04", "ISRGOV", "prime minister"},
		{"Hoss's first premiership", "Salim al-Hoss", "1978-01-01", "LBNGOV", "prime minister"},
		{"Bremer in Baghdad", "L. Paul Bremer", "2003-11-15", "USAGOV", "administrator of the Coalition Provisional Authority in Iraq"},
		{"Netanyahu spelled Binyamin", "Binyamin Netanyahu", "1998-01-01", "ISRGOV", "prime minister"},
		{"Assad the father spelled Hafiz al-Asad", "Hafiz al-Asad", "1990-01-01", "SYRGOV", "president"},
		{"Jolani alone", "Jolani", "2020-01-01", "SYRRAD", "leader of Hayat Tahrir al-Sham"},
		// Europe
		{"Wilson's second government", "Harold Wilson", "1975-06-05", "GBRGOV", "prime minister"},
		{"Callaghan at the Foreign Office", "James Callaghan", "1975-01-01", "GBRGOV", "foreign secretary"},
		{"Callaghan as premier by surname", "Callaghan", "1978-06-01", "GBRGOV", "prime minister"},
		{"Crosland at the Foreign Office", "Anthony Crosland", "1976-10-01", "GBRGOV", "foreign secretary"},
		{"Mason in Belfast", "Roy Mason", "1977-05-01", "GBRGOV", "Northern Ireland secretary"},
		{"Foot leads Labour", "Michael Foot", "1982-05-01", "GBROPP", "leader of the opposition Labour Party"},
		{"Patel at the Home Office", "Priti Patel", "2021-06-01", "GBRGOV", "home secretary"},
		{"Cooper at the Home Office", "Yvette Cooper", "2025-01-01", "GBRGOV", "home secretary"},
		{"Cooper at the Foreign Office", "Yvette Cooper", "2025-12-01", "GBRGOV", "foreign secretary"},
		{"Chirac's first premiership", "Jacques Chirac", "1975-06-01", "FRAGOV", "prime minister"},
		{"Darmanin at the interior", "Gerald Darmanin", "2023-06-30", "FRAGOV", "interior minister"},
		{"Pasqua's second term", "Pasqua", "1994-12-26", "FRAGOV", "interior minister"},
		{"Faeser at the interior", "Nancy Faeser", "2024-01-01", "DEUGOV", "interior minister"},
		{"Andreotti's national solidarity government", "Giulio Andreotti", "1978-03-16", "ITAGOV", "prime minister"},
		{"Moro kidnapped", "Aldo Moro", "1978-04-01", "ITAPTY", "president of the Christian Democrats, kidnapped and killed by the Red Brigades"},
		{"Tejero's coup", "Antonio Tejero", "1981-02-23", "ESPMIL", "Civil Guard officer, leader of the failed coup of 23 February 1981"},
		{"Grande-Marlaska at the interior", "Grande-Marlaska", "2021-05-18", "ESPGOV", "interior minister"},
		{"Goncalves without the cedilla", "Vasco Goncalves", "1975-08-01", "PRTGOV", "prime minister"},
		{"Soares's first premiership", "Mario Soares", "1977-01-01", "PRTGOV", "prime minister"},
		{"Karamanlis after the junta", "Constantine Karamanlis", "1976-08-10", "GRCGOV", "prime minister"},
		{"Falldin without the umlauts", "Thorbjorn Falldin", "1977-01-01", "SWEGOV", "prime minister"},
		{"Kekkonen president", "Kekkonen", "1975-07-30", "FINGOV", "president"},
		{"Gierek's Poland", "Edward Gierek", "1976-06-25", "POLGOV", "first secretary of the Communist Party"},
		{"Kania in the Solidarity crisis", "Stanislaw Kania", "1981-03-01", "POLGOV", "first secretary of the Communist Party"},
		{"Djuric without the stroke", "Marko Djuric", "2025-01-01", "SRBGOV", "foreign minister"},
		// Asia and the Americas
		{"Miki's cabinet", "Takeo Miki", "1976-02-01", "JPNGOV", "prime minister"},
		{"Fukuda the father", "Takeo Fukuda", "1977-09-28", "JPNGOV", "prime minister"},
		{"Daoud's republic", "Mohammad Daoud", "1977-01-01", "AFGGOV", "president"},
		{"Mujib's last months", "Sheikh Mujibur Rahman", "1975-05-01", "BGDGOV", "president"},
		{"Pol Pot in power", "Pol Pot", "1977-10-01", "KHMGOV", "leader of the Khmer Rouge regime (Democratic Kampuchea), prime minister from 1976"},
		{"Indira Gandhi's emergency", "Indira Gandhi", "1975-06-26", "INDGOV", "prime minister"},
		{"Vajpayee at the foreign ministry", "Vajpayee", "1978-02-01", "INDGOV", "foreign minister"},
		{"Salamat of the MILF", "Hashim Salamat", "1997-01-01", "PHLREB", "chairman of the Moro Islamic Liberation Front (MILF)"},
		{"Ford in the White House", "Gerald Ford", "1975-05-12", "USAGOV", "president"},
		{"Kissinger at State", "Kissinger", "1976-09-20", "USAGOV", "secretary of state"},
		{"Noem at Homeland Security", "Kristi Noem", "2025-06-01", "USAGOV", "homeland security secretary"},
		{"Morales Bermudez without the accent", "Francisco Morales Bermudez", "1977-06-01", "PERGOV", "president of the military government"},
		{"Isabel Peron without the accent", "Isabel Peron", "1975-09-01", "ARGGOV", "president"},
		{"Geisel's presidency", "Ernesto Geisel", "1977-04-01", "BRAGOV", "president"},
		{"Banzer's first rule", "Hugo Banzer", "1976-01-01", "BOLGOV", "president"},
		{"Balaguer's twelve years", "Joaquin Balaguer", "1975-01-01", "DOMGOV", "president"},
	})
}
