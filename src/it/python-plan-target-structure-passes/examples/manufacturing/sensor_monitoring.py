print('sensors')
