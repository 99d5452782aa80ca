# A manual snapshot taken before an upgrade: without a key of its own it is
# encrypted with a key AWS owns.
resource "aws_memorydb_snapshot" "before_upgrade" { # want AWS-169 "snapshot"
  name         = "sessions-before-7-1"
  cluster_name = "sessions"
}
