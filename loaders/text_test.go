package loaders

import (
	"strings"
	"testing"
)

func TestParseTextHeaderAndTitle(t *testing.T) {
	tests := []struct {
		name, in                     string
		text, title, date, url, lang string
	}{
		{
			name:  "headline then body",
			in:    "Ferry line saved\n\nThe council voted to keep it.",
			text:  "Ferry line saved\n\nThe council voted to keep it.",
			title: "Ferry line saved",
		},
		{
			name: "date header glued to body",
			in:   "date 2016-12 Regjeringen la fram budsjettet.\nMer tekst.",
			text: "Regjeringen la fram budsjettet.\nMer tekst.",
			date: "2016-12",
		},
		{
			name: "header after leading whitespace",
			in:   " \n\t date 2016-12-01 Body.",
			text: "Body.",
			date: "2016-12-01",
		},
		{
			name: "several header tokens",
			in:   "date 2019-03-14T08:00:00Z url https://example.org/x lang nb-NO Storting vedtok loven.",
			text: "Storting vedtok loven.",
			date: "2019-03-14T08:00:00Z", url: "https://example.org/x", lang: "nb-NO",
		},
		{
			name:  "header on its own line, then a title",
			in:    "date 2020-01-02 language en\n\nQuake hits island\n\nNo one was hurt.",
			text:  "Quake hits island\n\nNo one was hurt.",
			title: "Quake hits island",
			date:  "2020-01-02", lang: "en",
		},
		{
			name:  "quoted title in the header becomes the first line",
			in:    `title "Flom i Bergen" date 2021-09-01 Elva gikk over sine bredder.`,
			text:  "Flom i Bergen\n\nElva gikk over sine bredder.",
			title: "Flom i Bergen", date: "2021-09-01",
		},
		{
			name:  "unquoted title runs to the end of the line",
			in:    "title Flom i Bergen\n\nElva gikk over sine bredder.",
			text:  "Flom i Bergen\n\nElva gikk over sine bredder.",
			title: "Flom i Bergen",
		},
		{
			name: "a value that is not a date ends the header",
			in:   "date night is back in fashion, say restaurants.",
			text: "date night is back in fashion, say restaurants.",
		},
		{
			name: "only lower-case keys at the very start",
			in:   "The report, date 2016-12, was late.",
			text: "The report, date 2016-12, was late.",
		},
		{
			name: "capitalised key is text",
			in:   "Date 2016 was a leap year.",
			text: "Date 2016 was a leap year.",
		},
		{
			name:  "breadcrumb before the title",
			in:    "News   /   Syria\n\nTalks resume in Geneva\n\nDelegates met on Monday.",
			text:  "News   /   Syria\n\nTalks resume in Geneva\n\nDelegates met on Monday.",
			title: "Talks resume in Geneva",
		},
		{
			name:  "breadcrumb directly above the title",
			in:    "Sport / Fotball / Eliteserien\nBodø/Glimt vant igjen\n\nLaget vant 3-0.",
			text:  "Sport / Fotball / Eliteserien\nBodø/Glimt vant igjen\n\nLaget vant 3-0.",
			title: "Bodø/Glimt vant igjen",
		},
		{
			name: "first line ends a sentence",
			in:   "The bank raised its rate.\n\nAnalysts expected it.",
			text: "The bank raised its rate.\n\nAnalysts expected it.",
		},
		{
			name: "question is no title",
			in:   "Will the ferry run?\n\nNobody knows.",
			text: "Will the ferry run?\n\nNobody knows.",
		},
		{
			name: "quoted sentence is no title",
			in:   "\"We will rebuild.\"\n\nThe mayor spoke on Monday.",
			text: "\"We will rebuild.\"\n\nThe mayor spoke on Monday.",
		},
		{
			name: "no blank line after the first line",
			in:   "Ferry line saved\nThe council voted to keep it.",
			text: "Ferry line saved\nThe council voted to keep it.",
		},
		{
			name: "single line",
			in:   "Ferry line saved",
			text: "Ferry line saved",
		},
		{
			name:  "slashes inside words are no breadcrumb",
			in:    "Open 24/7 now\n\nThe shop never closes.",
			text:  "Open 24/7 now\n\nThe shop never closes.",
			title: "Open 24/7 now",
		},
		{
			name:  "text is trimmed",
			in:    "\n\n  Ferry line saved\n\nThe council voted.  \n\n",
			text:  "Ferry line saved\n\nThe council voted.",
			title: "Ferry line saved",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseText(tt.in)
			if a.Text != tt.text {
				t.Errorf("Text = %q, want %q", a.Text, tt.text)
			}
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if a.Date != tt.date || a.URL != tt.url || a.Language != tt.lang {
				t.Errorf("Date, URL, Language = %q, %q, %q; want %q, %q, %q",
					a.Date, a.URL, a.Language, tt.date, tt.url, tt.lang)
			}
		})
	}
}

func TestTitleLengthLimit(t *testing.T) {
	long := strings.Repeat("word ", 41)[:201]
	if got := parseText(long + "\n\nBody.").Title; got != "" {
		t.Errorf("a 201-character first line became the title %q", got)
	}
	short := strings.TrimSpace(long[:200])
	if got := parseText(short + "\n\nBody.").Title; got != short {
		t.Errorf("Title = %q, want the 200-character line", got)
	}
}

func TestTextFiles(t *testing.T) {
	a := readOne(t, "testdata/text/headline.txt")
	if a.Title != "Harbour town votes to keep its last ferry line" {
		t.Errorf("Title = %q", a.Title)
	}
	if !strings.HasPrefix(a.Text, a.Title+"\n\nThe council of Westport") {
		t.Errorf("Text does not start with the title and body: %q", a.Text)
	}
	if a.ID != "testdata/text/headline.txt" || a.Source != "testdata/text/headline.txt" {
		t.Errorf("ID, Source = %q, %q", a.ID, a.Source)
	}

	a = readOne(t, "testdata/text/breadcrumb.txt")
	if a.Title != "Flom stenger veier på Vestlandet" {
		t.Errorf("Title = %q", a.Title)
	}
	if !strings.HasPrefix(a.Text, "Nyheter   /   Innenriks") {
		t.Errorf("the breadcrumb line was removed from Text: %q", a.Text)
	}

	a = readOne(t, "testdata/text/header.txt")
	if a.Date != "2016-12" || !strings.HasPrefix(a.Text, "Regjeringen la fram") || a.Title != "" {
		t.Errorf("Date, Title, Text = %q, %q, %q", a.Date, a.Title, a.Text)
	}

	a = readOne(t, "testdata/text/header_many.txt")
	if a.Date != "2019-03-14" || a.URL != "https://example.org/news/42" || a.Language != "nb" {
		t.Errorf("Date, URL, Language = %q, %q, %q", a.Date, a.URL, a.Language)
	}
	if a.ID != a.URL {
		t.Errorf("ID = %q, want the URL", a.ID)
	}
	if a.Text != "Storting vedtok ny lov om vindkraft.\n\nLoven trer i kraft 1. juli." {
		t.Errorf("Text = %q", a.Text)
	}

	a = readOne(t, "testdata/text/no_title.txt")
	if a.Title != "" {
		t.Errorf("a sentence became the title %q", a.Title)
	}
}

func TestTextBOMAndCRLF(t *testing.T) {
	path := writeFile(t, t.TempDir(), "crlf.txt", "\uFEFFVoters head to the polls\r\n\r\nTurnout was high.\r\nQueues were long.\r\n")
	a := readOne(t, path)
	if a.Text != "Voters head to the polls\n\nTurnout was high.\nQueues were long." {
		t.Errorf("Text = %q", a.Text)
	}
	if a.Title != "Voters head to the polls" {
		t.Errorf("Title = %q", a.Title)
	}
}
