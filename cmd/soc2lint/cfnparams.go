package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
)

// cfnParamFiles collects the --cfn-parameters files in command-line order.
type cfnParamFiles []string

func (f *cfnParamFiles) String() string { return "" }

func (f *cfnParamFiles) Set(s string) error {
	*f = append(*f, s)
	return nil
}

// read parses the files; a key given in several files takes the value of
// the last one. Entries that cannot be read are error diagnostics, with
// their position in the file.
func (f cfnParamFiles) read() (map[string]cloudformation.ParamValue, parser.Diagnostics, error) {
	if len(f) == 0 {
		return nil, nil, nil
	}
	out := map[string]cloudformation.ParamValue{}
	var diags parser.Diagnostics
	for _, name := range f {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, nil, fmt.Errorf("--cfn-parameters: %w", err)
		}
		ps, ds := cloudformation.ParseParameters(parser.Source{Path: filepath.ToSlash(name), Bytes: data})
		diags = append(diags, ds...)
		for k, v := range ps {
			out[k] = v
		}
	}
	return out, diags, nil
}
