resource "aws_ebs_volume" "good" {
  size      = 10
  encrypted = false
}
