package aws

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// docDBAuditLogsOff judges a DocumentDB cluster parameter group that turns
// audit_logs off: the audit log its clusters export then carries no events.
// A group that does not name the parameter (disabled by default) is not
// reported: groups are mostly written for other parameters (tls).
func docDBAuditLogsOff(res *parser.Resource) parser.Verdict {
	v, _ := dbParameter(res, "audit_logs")
	if v == nil {
		return parser.Decided
	}
	s, ok := v.AsString()
	switch {
	case !ok && parser.Set(v) == parser.CannotTell:
		return parser.Unknowable(v, "audit_logs")
	case ok && (strings.EqualFold(strings.TrimSpace(s), "disabled") || strings.EqualFold(strings.TrimSpace(s), "none")):
		return parser.Bad(v, "audit_logs = "+strconv.Quote(s))
	}
	return parser.Decided
}
