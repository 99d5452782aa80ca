package aws

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// dbParamGroup is how one parameter group type is written: its family
// attribute, whether it is cluster-level, and its engine when fixed.
type dbParamGroup struct {
	family  parser.Attr
	cluster bool
	engine  string // "redshift" or "docdb"; "" for RDS, decided by family
}

var dbParamGroups = map[string]dbParamGroup{
	"aws_db_parameter_group":               {parser.A("family", ""), false, ""},
	"AWS::RDS::DBParameterGroup":           {parser.A("", "Family"), false, ""},
	"aws_rds_cluster_parameter_group":      {parser.A("family", ""), true, ""},
	"AWS::RDS::DBClusterParameterGroup":    {parser.A("", "Family"), true, ""},
	"aws_redshift_parameter_group":         {parser.A("family", ""), true, "redshift"},
	"AWS::Redshift::ClusterParameterGroup": {parser.A("", "ParameterGroupFamily"), true, "redshift"},
	"aws_docdb_cluster_parameter_group":    {parser.A("family", ""), true, "docdb"},
	"AWS::DocDB::DBClusterParameterGroup":  {parser.A("", "Family"), true, "docdb"},
}

// dbSSLSetting is the parameter that forces TLS for a family, and whether
// leaving it out leaves TLS optional ("" when the family has none or its
// default is not known to be insecure).
type dbSSLSetting struct {
	param      string
	absentOff  bool
	defaultStr string
}

// dbSSLFor returns the TLS parameter of a parameter group's family.
func dbSSLFor(g dbParamGroup, family string) (dbSSLSetting, bool) {
	f := strings.ToLower(strings.TrimSpace(family))
	switch {
	case g.engine == "redshift":
		return dbSSLSetting{param: "require_ssl"}, true
	case g.engine == "docdb":
		return dbSSLSetting{param: "tls"}, true
	case strings.HasPrefix(f, "aurora-postgresql"):
		// The Aurora User Guide gives 0 (off) as rds.force_ssl's default.
		// RDS for PostgreSQL turned it on in version 15; Aurora 17 and
		// later, whose default we have not confirmed, are judged only
		// when the parameter is written.
		major, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(f, "aurora-postgresql"), ".", 2)[0])
		return dbSSLSetting{param: "rds.force_ssl", absentOff: err == nil && major < 17, defaultStr: "0"}, g.cluster
	case strings.HasPrefix(f, "aurora-mysql"), strings.HasPrefix(f, "aurora5.6"):
		return dbSSLSetting{param: "require_secure_transport", absentOff: f != "aurora5.6", defaultStr: "OFF"}, g.cluster
	case strings.HasPrefix(f, "postgres"):
		major, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(f, "postgres"), ".", 2)[0])
		return dbSSLSetting{param: "rds.force_ssl", absentOff: err == nil && major < 15, defaultStr: "0"}, true
	case f == "mysql5.7" || f == "mysql8.0" || f == "mysql8.4":
		return dbSSLSetting{param: "require_secure_transport", absentOff: true, defaultStr: "OFF"}, true
	case strings.HasPrefix(f, "mysql"):
		return dbSSLSetting{param: "require_secure_transport"}, true
	case f == "mariadb10.5" || f == "mariadb10.6" || f == "mariadb10.11" || f == "mariadb11.4":
		return dbSSLSetting{param: "require_secure_transport", absentOff: true, defaultStr: "OFF"}, true
	case strings.HasPrefix(f, "mariadb"):
		return dbSSLSetting{param: "require_secure_transport"}, true
	case strings.HasPrefix(f, "sqlserver"):
		return dbSSLSetting{param: "rds.force_ssl", absentOff: true, defaultStr: "0"}, true
	}
	return dbSSLSetting{}, false
}

// dbSSLOff reports whether a parameter value leaves TLS optional.
func dbSSLOff(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "0", "off", "false", "disabled":
		return true
	}
	return false
}

func checkDBParameterGroupSSL(p *engine.Pass) {
	const problem = "clients may connect without TLS"
	for _, res := range p.ResourcesOfType(
		"aws_db_parameter_group", "AWS::RDS::DBParameterGroup",
		"aws_rds_cluster_parameter_group", "AWS::RDS::DBClusterParameterGroup",
		"aws_redshift_parameter_group", "AWS::Redshift::ClusterParameterGroup",
		"aws_docdb_cluster_parameter_group", "AWS::DocDB::DBClusterParameterGroup") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		g := dbParamGroups[res.Type]
		famV := g.family.Of(res)
		family, famKnown := famV.AsString()
		if g.engine == "" && !famKnown {
			if parser.Set(famV) == parser.CannotTell {
				p.CannotTell(res, famV, parser.Unknowable(famV, g.family.Name(res)).Detail)
			}
			continue
		}
		ssl, ok := dbSSLFor(g, family)
		if !ok {
			continue
		}
		p.Judge(res, dbSSLVerdict(res, ssl, family), problem)
	}
	// A Redshift Serverless workgroup carries its require_ssl among its
	// config parameters; only a written false is judged, as for Redshift
	// parameter groups.
	for _, res := range p.ResourcesOfType("aws_redshiftserverless_workgroup", "AWS::RedshiftServerless::Workgroup") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		p.Judge(res, dbSSLVerdict(res, dbSSLSetting{param: "require_ssl"}, ""), problem)
	}
	checkDBDefaultGroupSSL(p)
}

// dbSSLVerdict judges the TLS parameter of one group.
func dbSSLVerdict(res *parser.Resource, ssl dbSSLSetting, family string) parser.Verdict {
	v, unknown := dbParameter(res, ssl.param)
	if v != nil {
		s, ok := v.AsString()
		switch {
		case !ok && parser.Set(v) == parser.CannotTell:
			return parser.Unknowable(v, ssl.param)
		case ok && dbSSLOff(s):
			return parser.Bad(v, fmt.Sprintf("%s = %s", ssl.param, strconv.Quote(s)))
		}
		return parser.Decided
	}
	if unknown != nil {
		return parser.Unknowable(unknown, "parameters")
	}
	if ssl.absentOff {
		return parser.Bad(nil, fmt.Sprintf("%s is not set, and the default for family %s is %s", ssl.param, family, ssl.defaultStr))
	}
	return parser.Decided
}

// dbParameter finds the value of the parameter name in a group, written as
// Terraform parameter blocks, a CloudFormation map (RDS, DocumentDB) or a
// CloudFormation list of ParameterName/ParameterValue (Redshift). unknown
// is an unknown value that may hide the parameter when it is not found.
func dbParameter(res *parser.Resource, name string) (v, unknown *parser.Value) {
	params, nameA, valueA := dbParams.Of(res), dbParamName, dbParamSetting
	if strings.Contains(res.Type, "redshiftserverless") || strings.Contains(res.Type, "RedshiftServerless") {
		params, nameA, valueA = workgroupParams.Of(res), workgroupParamKey, workgroupParamValue
	}
	if parser.Set(params) == parser.CannotTell {
		return nil, params
	}
	if params != nil && params.Kind == parser.Object {
		// A map of name to value (RDS and DocumentDB in CloudFormation);
		// Terraform blocks and Redshift's list are lists of objects.
		for _, k := range params.Keys() {
			if strings.EqualFold(k, name) {
				return dbParamValue(params.Attrs[k]), nil
			}
		}
		return nil, nil
	}
	for _, it := range params.Items() {
		n := parser.Lookup(it, nameA.Path(res))
		if s, ok := n.AsString(); ok {
			if strings.EqualFold(strings.TrimSpace(s), name) {
				return dbParamValue(parser.Lookup(it, valueA.Path(res))), nil
			}
			continue
		}
		if parser.Set(n) == parser.CannotTell {
			unknown = n
		}
	}
	return nil, unknown
}

// The parameters of a group, and the name and value of one parameter.
var (
	dbParams       = parser.A("parameter", "Parameters")
	dbParamName    = parser.A("name", "ParameterName")
	dbParamSetting = parser.A("value", "ParameterValue")
	// A Redshift Serverless workgroup's config parameters.
	workgroupParams     = parser.A("config_parameter", "ConfigParameters")
	workgroupParamKey   = parser.A("parameter_key", "ParameterKey")
	workgroupParamValue = parser.A("parameter_value", "ParameterValue")
)

// dbParamValue keeps a written parameter distinct from an absent one: a
// parameter named without a value is treated as not judgeable.
func dbParamValue(v *parser.Value) *parser.Value {
	if v == nil {
		return &parser.Value{Kind: parser.Null}
	}
	return v
}
