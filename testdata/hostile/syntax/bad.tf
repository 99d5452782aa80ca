resource "aws_ebs_volume" "tf" {
  size = 
}
