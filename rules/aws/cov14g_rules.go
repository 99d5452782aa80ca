package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage14gRules are the rules the session 14 sample of Checkov's graph
// (cross-resource) checks, and what session 13 left unfixed, showed
// missing.
func coverage14gRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-300", Check: checkConfigGlobalTypes,
			// One recorder that records the IAM types, in any region (any
			// root of the scan), records them for the account.
			Scope: engine.AcrossRoots,
			Reads: []string{"aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder"}},
		{ID: "AWS-301", Check: checkCDNOriginSSLv3},
	}
}

// configIAMTypes are the global resource types include_global_resource_types
// adds to a recorder that records all supported types.
var configIAMTypes = []string{"AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy"}

// checkConfigGlobalTypes is AWS-300: no configuration recorder of the scan
// records the global IAM resource types (users, groups, roles, customer
// managed policies), so changes to who may do what go unrecorded. Each
// recorder is reported; one that records them, anywhere, is enough.
func checkConfigGlobalTypes(p *engine.Pass) {
	recorders := p.KnownManaged("aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder")
	verdicts := make([]parser.Verdict, len(recorders))
	unknown := -1
	for i, r := range recorders {
		verdicts[i] = configRecordsIAM(r)
		switch verdicts[i].Answer {
		case parser.No:
			return // this recorder records them for the account
		case parser.CannotTell:
			if unknown < 0 {
				unknown = i
			}
		}
	}
	for i, r := range recorders {
		switch {
		case i == unknown || unknown >= 0 && verdicts[i].Answer == parser.CannotTell:
			p.CannotTell(r, verdicts[i].At, verdicts[i].Detail)
			continue
		case unknown >= 0:
			// Whether IAM changes are recorded turns on another
			// recorder's value that is not known.
			p.CannotTell(r, nil, recorders[unknown].Address+" may record the IAM types: "+verdicts[unknown].Detail)
			continue
		}
		p.Report(r, verdicts[i].At, "%s does not record the global IAM resource types (users, groups, roles, policies): %s, and no other configuration recorder of the scanned code records them, so changes to IAM are not recorded", r.Address, verdicts[i].Detail)
	}
}

// configRecordingGroup is the recorder's recording group, or nil.
func configRecordingGroup(r *parser.Resource) *parser.Value {
	return parser.A("recording_group", "RecordingGroup").Of(r)
}

// configRecordsIAM judges whether the recorder r records the IAM types: No
// when it does (all supported types with the global ones included, an
// exclusion strategy, or an inclusion list that names an IAM type), Yes
// when it does not.
func configRecordsIAM(r *parser.Resource) parser.Verdict {
	group := configRecordingGroup(r)
	if group == nil {
		return parser.Bad(nil, parser.A("recording_group", "RecordingGroup").Name(r)+" is not set, and the default leaves the global types out")
	}
	groups, unk := setting.Blocks(group)
	if unk != nil {
		return parser.Unknowable(unk, "recording_group")
	}
	if len(groups) == 0 {
		return parser.Bad(group, "the recording group records no global IAM type")
	}
	g := groups[0]
	tf := r.Format != parser.CloudFormation
	name := func(tfName, cfnName string) (*parser.Value, string) {
		if tf {
			return g.Get(tfName), tfName
		}
		return g.Get(cfnName), cfnName
	}
	// An inclusion list (all_supported false, or the
	// INCLUSION_BY_RESOURCE_TYPES strategy) records what it names.
	types, typesName := name("resource_types", "ResourceTypes")
	elems, unkType := setting.Elems(types)
	for _, e := range elems {
		if s, _ := e.AsString(); configIsIAMType(s) {
			return parser.Verdict{Answer: parser.No}
		}
	}
	strategy, strategyName := name("recording_strategy", "RecordingStrategy")
	var useOnly *parser.Value
	if strategy != nil {
		ss, unk := setting.Blocks(strategy)
		if unk != nil {
			return parser.Unknowable(unk, strategyName)
		}
		if len(ss) > 0 {
			if tf {
				useOnly = ss[0].Get("use_only")
			} else {
				useOnly = ss[0].Get("UseOnly")
			}
		}
	}
	if setting.Unknown(useOnly) != nil {
		return parser.Unknowable(useOnly, strategyName+" use_only")
	}
	switch s, _ := useOnly.AsString(); s {
	case "EXCLUSION_BY_RESOURCE_TYPES":
		// Every type but the excluded ones; whether the global IAM
		// types are among what the strategy records is left to AWS.
		return parser.Verdict{Answer: parser.No}
	case "INCLUSION_BY_RESOURCE_TYPES":
		if unkType != nil {
			return parser.Unknowable(unkType, typesName)
		}
		return parser.Bad(orBlock(types, g), typesName+" names no IAM type")
	}
	all, allName := name("all_supported", "AllSupported")
	// Terraform's all_supported defaults to true; CloudFormation's
	// AllSupported to false when ResourceTypes is given.
	allDefault := tf || types == nil
	switch all.Truth(allDefault) {
	case parser.Maybe:
		return parser.Unknowable(all, allName)
	case parser.False:
		if unkType != nil {
			return parser.Unknowable(unkType, typesName)
		}
		return parser.Bad(orBlock(types, g), typesName+" names no IAM type")
	}
	global, globalName := name("include_global_resource_types", "IncludeGlobalResourceTypes")
	switch global.Truth(false) {
	case parser.Maybe:
		return parser.Unknowable(global, globalName)
	case parser.True:
		return parser.Verdict{Answer: parser.No}
	}
	return parser.Bad(orBlock(global, g), globalName+" is not true")
}

// configIsIAMType reports whether s names one of the IAM types a recorder
// can record (AWS::IAM::User, a wildcard-free type name).
func configIsIAMType(s string) bool {
	for _, t := range configIAMTypes {
		if strings.EqualFold(s, t) {
			return true
		}
	}
	return false
}

// orBlock is v, or the block that would hold it when it is not written.
func orBlock(v, block *parser.Value) *parser.Value {
	if v == nil {
		return block
	}
	return v
}

// cfOriginSSL is the list of protocols CloudFront may use to reach a
// custom origin over HTTPS.
var cfOriginSSL = parser.A("custom_origin_config.origin_ssl_protocols", "CustomOriginConfig.OriginSSLProtocols")

// checkCDNOriginSSLv3 is AWS-301: a custom origin that CloudFront may
// reach with SSLv3, or only with TLS 1.1 or older.
func checkCDNOriginSSLv3(p *engine.Pass) {
	cdnJudgeOrigins(p, cdnOriginSSLv3, "CloudFront may reach an origin with a protocol older than TLS 1.2, and the traffic between the edge and the origin can be read or altered")
}

// cdnOriginSSLv3 judges one origin of distribution d: Yes when its
// origin_ssl_protocols (OriginSSLProtocols) lists SSLv3, or lists no
// TLSv1.2 (CloudFront uses the highest protocol both sides offer, so older
// versions beside TLSv1.2 are not judged), and CloudFront may reach it over
// HTTPS (an http-only origin is AWS-168's).
func cdnOriginSSLv3(d *parser.Resource, o *parser.Value) parser.Verdict {
	if parser.Set(o) == parser.CannotTell {
		return parser.Unknowable(o, cfOrigins.Name(d))
	}
	name := cfOriginSSL.Name(d)
	list := parser.Lookup(o, cfOriginSSL.Path(d))
	protos, unknown := setting.Elems(list)
	var v parser.Verdict
	tls12 := false
	for _, e := range protos {
		s, _ := e.AsString()
		switch s = strings.TrimSpace(s); {
		case strings.EqualFold(s, "SSLv3"):
			v = parser.Bad(e, name+" includes SSLv3, a protocol broken since 2014 (POODLE)")
		case strings.EqualFold(s, "TLSv1.2"):
			tls12 = true
		}
	}
	if v.Answer == parser.No && unknown == nil && !tls12 && len(protos) > 0 {
		v = parser.Bad(list, name+" lists no TLSv1.2, so CloudFront reaches the origin with TLS 1.1 or older, both deprecated (RFC 8996)")
	}
	switch {
	case v.Answer == parser.No && unknown != nil:
		return parser.Unknowable(unknown, name)
	case v.Answer == parser.No:
		return v
	}
	pol := parser.Lookup(o, cfOriginPolicy.Path(d))
	switch parser.OneOf(pol, cfOriginPolicy.Name(d), "", "http-only").Answer {
	case parser.Yes:
		return parser.Decided // never over HTTPS: AWS-168
	case parser.CannotTell:
		return parser.Unknowable(pol, cfOriginPolicy.Name(d))
	}
	return v
}
