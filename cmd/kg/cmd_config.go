package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) configCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration as YAML",
		Long: `Config prints the configuration kg would use, after applying defaults,
the configuration file, KG_* environment variables and flags, as YAML that
can be saved as config.yaml.`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config(cmd)
			if err != nil {
				return err
			}
			out, err := cfg.YAML()
			if err != nil {
				return err
			}
			src := "built-in defaults"
			if cfg.File != "" {
				src = cfg.File
			}
			fmt.Fprintf(a.stdout, "# effective configuration: %s < KG_* environment < flags\n", src)
			_, err = a.stdout.Write(out)
			return err
		},
	}
}
