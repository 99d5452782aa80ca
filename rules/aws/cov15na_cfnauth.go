package aws

import (
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// checkCfnAuthenticationPassword is AWS-250's reading of the
// AWS::CloudFormation::Authentication metadata of any CloudFormation
// resource (an instance, launch configuration or launch template that
// cfn-init configures): an authentication of type basic gives cfn-init the
// user name and password with which it downloads files and sources, and a
// password written there as a literal is kept in the template. Metadata
// is read as written: a Ref or a dynamic reference holds no credential.
func checkCfnAuthenticationPassword(p *engine.Pass) {
	for _, res := range p.All() {
		if res.Format != parser.CloudFormation || res.Metadata == nil || res.Metadata.Kind != parser.Object {
			continue
		}
		auth := res.Metadata.Get("AWS::CloudFormation::Authentication")
		if auth == nil || auth.Kind != parser.Object {
			continue
		}
		names := make([]string, 0, len(auth.Attrs))
		for name := range auth.Attrs {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			block := auth.Attrs[name]
			if block == nil || block.Kind != parser.Object {
				continue
			}
			for key, v := range block.Attrs {
				if strings.EqualFold(key, "password") && credentialLiteral(v) {
					p.Report(res, v, "%s: the password of the cfn-init authentication %s is written in the template's metadata, readable by anyone who can read the repository, its history or the deployed template", res.Address, name)
				}
			}
		}
	}
}
