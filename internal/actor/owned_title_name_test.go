package actor

import "testing"

// TestOwnedTitleSetOffName: a name the knowledge lacks set off by commas
// after a title or speaker's noun an actor owns, or right after it when
// a title owns it ("the president's spokesman Edwin Lacierda said"), ("the Kenyan president's
// spokesman, Joseph Kamau,", "Mugabe's spokesman, X,") is a person of the
// owner's country and of the title's sector (the owner's for a noun of
// `sector: *`), named again later by the surname. Not a thing the owner
// has ("the president's visit, Monday,"), a plural, a place or a person
// the knowledge has.
func TestOwnedTitleSetOffName(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"a president's spokesman, then the surname", "2013-03-02", []string{
			"The Philippine president's spokesman, Edwin Lacerna, said Manila would protest.",
			"Lacerna accused Malaysia of lying."},
			"Lacerna=PHLGOV/Edwin Lacerna; Malaysia=MYS/Malaysia", "surname"},
		{"the name itself", "2013-03-02", []string{
			"The Philippine president's spokesman, Edwin Lacerna, said Manila would protest."},
			"Philippine president=PHLGOV/Benigno Aquino III; Edwin Lacerna=PHLGOV/Edwin Lacerna; Manila=PHLGOV/Philippines", "owned-title"},
		{"a country's envoy, in the past", "1988-03-02", []string{
			"Iran's chief envoy, Ali Velayoni, told reporters in Geneva that talks had failed.",
			"Velayoni blamed Iraq."},
			"Velayoni=IRNGOV/Ali Velayoni; Iraq=IRQ/Iraq", ""},
		{"a person's spokesman, the person named before", "2003-06-10", []string{
			"Robert Mugabe rejected the plan on Monday.",
			"Mugabe's spokesman, Tendai Chidzero, said the government would not negotiate.",
			"Chidzero criticized Britain."},
			"Chidzero=ZWEGOV/Tendai Chidzero; Britain=GBR/United Kingdom", ""},
		{"a chairman of a ministry's title", "1984-05-10", []string{
			"The British energy minister's adviser, Ian Macaulay, met the miners.",
			"Macaulay said the pits would close."},
			"Macaulay=GBRGOV/Ian Macaulay", ""},
		{"no commas, a leader's envoy, then the surname", "1995-04-11", []string{
			"The Sri Lankan president's envoy Ravi Gunasena met the rebels in Jaffna.",
			"Gunasena urged the rebels to keep the truce."},
			"Gunasena=LKAGOV/Ravi Gunasena; rebels=REB/rebels", ""},
		{"no commas, the name itself", "2013-03-02", []string{
			"The Philippine president's spokesman Edwin Lacerna said Manila would protest."},
			"Philippine president=PHLGOV/Benigno Aquino III; spokesman Edwin Lacerna=PHLGOV/Edwin Lacerna; Manila=PHLGOV/Philippines", "title+name+possessive"},
		{"no commas, a minister's spokesman, then the surname", "1990-09-12", []string{
			"The Iraqi foreign minister's spokesman Ahmed Kadhimi rejected the plan on Tuesday.",
			"Kadhimi accused Kuwait of stealing oil."},
			"Kadhimi=IRQGOV/Ahmed Kadhimi; Kuwait=KWT/Kuwait", ""},
		// guards
		{"no commas, a known person", "2010-03-01", []string{
			"The Kenyan president's deputy William Ruto said the talks had failed."},
			"Kenyan president=KENGOV/Mwai Kibaki; deputy William Ruto=KENGOV/William Ruto", "person:William Ruto"},
		{"a thing the president has, set off", "2013-03-02", []string{
			"The Philippine president's visit, Monday, was cancelled."},
			"Philippine president=PHLGOV/Benigno Aquino III", ""},
		{"a place set off after an owned noun", "2013-03-02", []string{
			"The Kenyan president's office, Nairobi, said the talks had failed."},
			"Kenyan president=KENGOV/Mwai Kibaki", ""},
		{"a plural owned", "2013-03-02", []string{
			"The Philippine president's aides, Edwin Lacerna and Ramon Cruz, said Manila would protest."},
			"Philippine president=PHLGOV/Benigno Aquino III; Manila=PHLGOV/Philippines", ""},
		{"a known person keeps the knowledge's reading", "2022-06-05", []string{
			"The Russian foreign ministry's spokeswoman, Maria Zakharova, said Moscow would respond."},
			"Russian foreign ministry=RUSGOV/Russia; Maria Zakharova=RUSGOV/Maria Zakharova; Moscow=RUSGOV/Russia", "person:Maria Zakharova"},
	})
}
