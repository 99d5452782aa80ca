package terraform

import "testing"

// TestEmptyDynamicBlockIsNotSet: a dynamic block over an empty collection
// makes no block, so "is this block set?" must say no. The
// terraform-aws-modules RDS module writes restore_to_point_in_time this
// way on every database.
func TestEmptyDynamicBlockIsNotSet(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"native": {"main.tf": `variable "restore" {
  default = null
}
resource "aws_db_instance" "this" {
  storage_encrypted = false
  dynamic "restore_to_point_in_time" {
    for_each = var.restore != null ? [var.restore] : []
    content {
      restore_time = restore_to_point_in_time.value
    }
  }
  dynamic "tag" {
    for_each = ["a"]
    content {
      key = tag.value
    }
  }
}
`},
		"json": {"main.tf.json": `{"resource": {"aws_db_instance": {"this": {
  "storage_encrypted": false,
  "dynamic": {
    "restore_to_point_in_time": {"for_each": [], "content": {"restore_time": "x"}},
    "tag": {"for_each": ["a"], "content": {"key": "${tag.value}"}}
  }
}}}}`},
	} {
		rs, _ := load(t, files)
		db := find(rs, "aws_db_instance.this")
		if db == nil {
			t.Fatalf("%s: no resource", name)
		}
		if v := db.Body.Get("restore_to_point_in_time"); v != nil {
			t.Errorf("%s: a dynamic block with no instances is set: %+v", name, v)
		}
		if len(db.Body.Get("tag").Items()) != 1 {
			t.Errorf("%s: a dynamic block with one instance is lost", name)
		}
	}
}
