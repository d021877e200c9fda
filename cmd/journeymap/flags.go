package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// choiceAnnotation marks a flag that takes one word of a fixed set; its
// values are the kind of word, for messages, then the words.
const choiceAnnotation = "journeymap-choice"

// addChoiceFlag binds the flag name to p: one of words, the first of them
// the default. what names the kind of word in messages ("theme"). The
// shell completes the words, and checkChoices refuses any other word
// before the command runs.
func addChoiceFlag(cmd *cobra.Command, p *string, name, what string, words []string, usage string) {
	addChoice(cmd, p, name, what, words[0], words, usage)
}

// addOptionalChoiceFlag binds the flag name to p, as addChoiceFlag does,
// but the flag is "" unless given.
func addOptionalChoiceFlag(cmd *cobra.Command, p *string, name, what string, words []string, usage string) {
	addChoice(cmd, p, name, what, "", words, usage)
}

func addChoice(cmd *cobra.Command, p *string, name, what, def string, words []string, usage string) {
	cmd.Flags().StringVar(p, name, def, usage)
	_ = cmd.Flags().SetAnnotation(name, choiceAnnotation, append([]string{what}, words...))
	_ = cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(words, cobra.ShellCompDirectiveNoFileComp))
}

// checkChoices refuses, as a usage error, a choice flag of cmd given a word
// not among its own: --theme: unknown theme "neon"; expected light, dark
// or print. A flag not given holds its default, which is one.
func checkChoices(cmd *cobra.Command) error {
	var err error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		choice, ok := f.Annotations[choiceAnnotation]
		if !ok || err != nil || !f.Changed || slices.Contains(choice[1:], f.Value.String()) {
			return
		}
		err = usageError{fmt.Errorf("--%s: unknown %s %q; expected %s", f.Name, choice[0], f.Value.String(), orList(choice[1:]))}
	})
	return err
}

// addThemeFlag binds --theme: the colour scheme of what is drawn.
func addThemeFlag(cmd *cobra.Command, p *string) {
	names := render.ThemeNames()
	addChoiceFlag(cmd, p, "theme", "theme", names, "the colour scheme: "+strings.Join(names, ", "))
}

// addLangFlag binds --lang: the language of every word the command prints
// or draws, whatever the journey's lang says; without it, a journey's own
// language, and for what is not about a journey the reader's (see
// readerLang).
func addLangFlag(cmd *cobra.Command, p *string) {
	langs := vocab.LangCodes()
	cmd.Flags().StringVar(p, "lang", "", "the language of the words printed and drawn: "+orList(langs)+" (default: the journey's lang; for files that cannot be read, the locale)")
	_ = cmd.Flags().SetAnnotation("lang", choiceAnnotation, append([]string{"language"}, langs...))
	_ = cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(langs, cobra.ShellCompDirectiveNoFileComp))
}

// readerLang is the language of what a command says that is about no
// journey, or about one whose lang cannot be read: --lang when given, else
// the locale of LC_ALL, LC_MESSAGES or LANG, the first that is set (nl_NL,
// nl_BE.UTF-8 and nl are Dutch), else English.
func readerLang(flag string) vocab.Lang {
	if flag != "" {
		return vocab.Lang(flag)
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		tag, _, _ := strings.Cut(strings.ToLower(v), ".")
		tag, _, _ = strings.Cut(tag, "_")
		tag, _, _ = strings.Cut(tag, "-")
		for _, l := range vocab.Langs {
			if tag == string(l) {
				return l
			}
		}
		return vocab.English
	}
	return vocab.English
}

// journeyOptions are the options of reading journeys in the language of
// --lang (lang): the journey's words and diagnostics in it when given,
// else in the journey's lang, else the reader's.
func journeyOptions(lang string) journey.Options {
	return journey.Options{Lang: vocab.Lang(lang), DefaultLang: readerLang(lang)}
}

// comparedOptions are the journey options of a journey read with
// --compare: a journey compared with is not ours to improve, so it is read
// as a competitor's.
func comparedOptions(lang string) journey.Options {
	o := journeyOptions(lang)
	o.Competitor = true
	return o
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// langFlag is --lang as it was given, to repeat in the command that writes
// an output again: the language it names becomes the journey's, and so
// the output's. "" when it was not given.
func langFlag(cmd *cobra.Command) string {
	f := cmd.Flags().Lookup("lang")
	if f == nil || !f.Changed {
		return ""
	}
	return " --lang " + shellQuote(f.Value.String())
}
