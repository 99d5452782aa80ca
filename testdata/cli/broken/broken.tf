resource "aws_ebs_volume" "broken" {
  size = 
}
